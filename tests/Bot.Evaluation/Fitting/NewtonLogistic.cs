using MathNet.Numerics.LinearAlgebra;

namespace Bot.Evaluation.Fitting;

/// <summary>An L2-regularised logistic regression fitted exactly, by Newton's method in double precision, each step
/// solved by Math.NET Numerics' Cholesky. Its objective is strictly convex, so the fit is the one optimum whatever
/// the order or number of the features: a feature that is always zero gets weight zero and changes nothing else. ML.NET's L-BFGS trainer stops at a
/// tolerance in single precision, and there one more all-zero column moved cross-validated accuracy by 0.3
/// points, more than most features being judged; a yardstick that moves by itself cannot choose between them.</summary>
internal static class NewtonLogistic
{
    private const int MaxIterations = 60;
    private const double Converged = 1e-9;

    /// <summary>The weights (one per column of <paramref name="rows"/>) and the unregularised bias.</summary>
    public static (double[] Weights, double Bias) Fit(IReadOnlyList<(float[] Values, bool Label)> rows, int width, double l2)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var sparse = rows.Select(r => Sparse(r.Values)).ToArray();
        var labels = rows.Select(r => r.Label ? 1.0 : 0.0).ToArray();

        // The bias is the last coefficient, always present and never penalised.
        var size = width + 1;
        var beta = new double[size];
        var objective = Objective(sparse, labels, beta, l2, width);
        for (var iteration = 0; iteration < MaxIterations; iteration++)
        {
            var (gradient, hessian) = Derivatives(sparse, labels, beta, l2, width);
            var step = Solve(hessian, gradient);

            // Halve the step until the objective falls: Newton's step can overshoot far from the optimum.
            var scale = 1.0;
            double[] next;
            double nextObjective;
            do
            {
                next = [.. beta.Select((b, k) => b - (scale * step[k]))];
                nextObjective = Objective(sparse, labels, next, l2, width);
                scale /= 2;
            }
            while (nextObjective > objective + 1e-12 && scale > 1e-6);

            var moved = beta.Zip(next, (a, b) => Math.Abs(a - b)).Max();
            (beta, objective) = (next, nextObjective);
            if (moved < Converged)
            {
                break;
            }
        }

        return (beta[..width], beta[width]);
    }

    private static (int[] Index, double[] Value) Sparse(float[] values)
    {
        var index = new List<int>();
        var value = new List<double>();
        for (var k = 0; k < values.Length; k++)
        {
            if (values[k] != 0)
            {
                index.Add(k);
                value.Add(values[k]);
            }
        }

        return ([.. index], [.. value]);
    }

    private static double Linear((int[] Index, double[] Value) row, double[] beta, int width)
    {
        var z = beta[width];
        for (var n = 0; n < row.Index.Length; n++)
        {
            z += beta[row.Index[n]] * row.Value[n];
        }

        return z;
    }

    private static double Objective((int[] Index, double[] Value)[] rows, double[] labels, double[] beta, double l2, int width)
    {
        var total = 0.0;
        for (var i = 0; i < rows.Length; i++)
        {
            var z = Linear(rows[i], beta, width);

            // log(1 + e^z) - y z, written so that neither side overflows.
            total += (z > 0 ? z + Math.Log(1 + Math.Exp(-z)) : Math.Log(1 + Math.Exp(z))) - (labels[i] * z);
        }

        for (var k = 0; k < width; k++)
        {
            total += 0.5 * l2 * beta[k] * beta[k];
        }

        return total;
    }

    private static (double[] Gradient, double[,] Hessian) Derivatives((int[] Index, double[] Value)[] rows, double[] labels, double[] beta, double l2, int width)
    {
        var size = width + 1;
        var gradient = new double[size];
        var hessian = new double[size, size];
        for (var i = 0; i < rows.Length; i++)
        {
            var (index, value) = rows[i];
            var p = 1 / (1 + Math.Exp(-Linear(rows[i], beta, width)));
            var residual = p - labels[i];
            var weight = p * (1 - p);
            gradient[width] += residual;
            hessian[width, width] += weight;
            for (var a = 0; a < index.Length; a++)
            {
                gradient[index[a]] += residual * value[a];
                hessian[index[a], width] += weight * value[a];
                hessian[width, index[a]] += weight * value[a];
                for (var b = 0; b < index.Length; b++)
                {
                    hessian[index[a], index[b]] += weight * value[a] * value[b];
                }
            }
        }

        for (var k = 0; k < width; k++)
        {
            gradient[k] += l2 * beta[k];
            hessian[k, k] += l2;
        }

        // A column that is zero in every row still has l2 on its diagonal; the bias needs a floor of its own.
        hessian[width, width] += 1e-9;
        return (gradient, hessian);
    }

    // The Hessian of a regularised logistic loss is symmetric positive definite, so Cholesky solves the step.
    private static double[] Solve(double[,] matrix, double[] vector) =>
        Matrix<double>.Build.DenseOfArray(matrix).Cholesky().Solve(Vector<double>.Build.DenseOfArray(vector)).ToArray();
}
