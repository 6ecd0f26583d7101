namespace Bot.Core.Answering.Typing;

/// <summary>How a short answer sits among the question's words in its sentence (see <see cref="PhraseChooser.Tie"/>).</summary>
/// <param name="Pull">Each question word outside the phrase, weighted 1 / (1 + its distance in words), summed.</param>
/// <param name="Own">The question's words inside the phrase (a number's own noun), less for names.</param>
/// <param name="Echo">The phrase is made only of the question's own words.</param>
internal readonly record struct PhraseTie(double Pull, double Own, bool Echo);
