package org.courtguide.understanding;

import java.util.List;
import java.util.Map;

/**
 * Multinomial logistic regression over sparse features, trained by full-batch gradient descent with L2
 * regularisation. Small enough to train in a second on the labelled tuning questions and to run per question in
 * microseconds. {@code weights[c][f]}: class c, feature f.
 */
public record SoftmaxClassifier(List<String> classes, int features, double[][] weights, double[] bias) {

    /** One training example: sparse features and the class index. */
    public record Example(Map<Integer, Double> x, int y) {}

    public double[] probabilities(Map<Integer, Double> x) {
        double[] z = new double[classes.size()];
        for (int c = 0; c < z.length; c++) {
            double s = bias[c];
            double[] w = weights[c];
            for (Map.Entry<Integer, Double> e : x.entrySet()) {
                s += w[e.getKey()] * e.getValue();
            }
            z[c] = s;
        }
        return softmax(z);
    }

    public int predict(Map<Integer, Double> x) {
        double[] p = probabilities(x);
        int best = 0;
        for (int c = 1; c < p.length; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }

    /**
     * Trains on the examples. {@code l2}: regularisation strength; {@code epochs}: gradient steps. Classes are
     * weighted inversely to their frequency so that the rarer decline reasons are not drowned by procedural questions.
     */
    public static SoftmaxClassifier train(
            List<String> classes, int features, List<Example> examples, double l2, int epochs, double rate) {
        int k = classes.size();
        double[][] w = new double[k][features];
        double[] b = new double[k];
        double[] classWeight = new double[k];
        for (Example e : examples) {
            classWeight[e.y()]++;
        }
        for (int c = 0; c < k; c++) {
            classWeight[c] = classWeight[c] == 0 ? 0 : examples.size() / (k * classWeight[c]);
        }
        double n = examples.size();
        for (int epoch = 0; epoch < epochs; epoch++) {
            double[][] gw = new double[k][features];
            double[] gb = new double[k];
            SoftmaxClassifier current = new SoftmaxClassifier(classes, features, w, b);
            for (Example e : examples) {
                double[] p = current.probabilities(e.x());
                for (int c = 0; c < k; c++) {
                    double g = (p[c] - (c == e.y() ? 1 : 0)) * classWeight[e.y()];
                    gb[c] += g;
                    double[] row = gw[c];
                    for (Map.Entry<Integer, Double> f : e.x().entrySet()) {
                        row[f.getKey()] += g * f.getValue();
                    }
                }
            }
            for (int c = 0; c < k; c++) {
                b[c] -= rate * gb[c] / n;
                for (int f = 0; f < features; f++) {
                    w[c][f] -= rate * (gw[c][f] / n + l2 * w[c][f]);
                }
            }
        }
        return new SoftmaxClassifier(classes, features, w, b);
    }

    private static double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double sum = 0;
        double[] p = new double[z.length];
        for (int i = 0; i < z.length; i++) {
            p[i] = Math.exp(z[i] - max);
            sum += p[i];
        }
        for (int i = 0; i < z.length; i++) {
            p[i] /= sum;
        }
        return p;
    }
}
