// Generic statistics for the insights: running sums of a sample, Student's t quantiles and
// p-values (from Boost.Math, not hand-written approximations), Welch's two-sample interval,
// the Benjamini-Hochberg false-discovery-rate procedure and an ordinary least squares slope.
// Knows nothing of moods; deterministic; no SQLite, no terminal.
#pragma once

#include <optional>
#include <span>
#include <vector>

namespace tend::core {

/// A sample kept as its count, sum and sum of squares: enough for its mean and variance, and
/// subtractable, so that "the rest" of a sample is the whole minus a part without a second
/// pass over the data. Values are mood scores or means of them (1 to 10) and counts stay far
/// below a billion, so the sums are exact to well beyond the figures shown.
struct Sums {
    int n = 0;
    double sum = 0;
    double sum_sq = 0;

    void add(double x) {
        ++n;
        sum += x;
        sum_sq += x * x;
    }
    Sums& operator+=(const Sums& other);
    Sums& operator-=(const Sums& other);
    friend Sums operator+(Sums a, const Sums& b) { return a += b; }
    friend Sums operator-(Sums a, const Sums& b) { return a -= b; }

    /// The mean; nullopt for an empty sample.
    [[nodiscard]] std::optional<double> mean() const;
    /// The sample variance (divided by n - 1, never negative); nullopt below two values.
    [[nodiscard]] std::optional<double> variance() const;
    /// The sample standard deviation; nullopt below two values.
    [[nodiscard]] std::optional<double> sd() const;
};

/// A closed interval [low, high].
struct Interval {
    double low = 0;
    double high = 0;
    [[nodiscard]] bool contains(double x) const { return low <= x && x <= high; }
    /// True when zero lies outside the interval: the estimate's sign is clear.
    [[nodiscard]] bool excludes_zero() const { return !contains(0.0); }
};

/// The confidence level of every interval the insights state.
inline constexpr double confidence_level = 0.95;

/// The quantile of Student's t distribution with `df` degrees of freedom (df > 0) at
/// `probability` (0 < p < 1): t_quantile(0.975, 10) = 2.2281388...
[[nodiscard]] double t_quantile(double probability, double df);

/// The two-sided p-value of a t statistic: P(|T| >= |t|) with `df` degrees of freedom.
[[nodiscard]] double t_two_sided_p(double t, double df);

/// The interval of a sample's mean (one-sample t); nullopt below two values.
[[nodiscard]] std::optional<Interval> mean_interval(const Sums& sample,
                                                    double level = confidence_level);

/// Welch's comparison of two means, not assuming equal variances.
struct TwoSample {
    double difference = 0;      ///< mean of a - mean of b
    double standard_error = 0;  ///< sqrt(var_a / n_a + var_b / n_b)
    double df = 0;              ///< Welch-Satterthwaite degrees of freedom
    Interval interval;          ///< of the difference, at the level asked for
    double p_value = 1;         ///< two-sided, against "no difference"
};

/// Welch's two-sample t interval and test of mean(a) - mean(b); nullopt unless each sample has
/// at least two values. When both samples are constant the standard error is zero: the
/// interval is the difference itself, df is n_a + n_b - 2, and p is 1 for equal means and 0
/// for different ones (two groups of constant, different values do differ).
[[nodiscard]] std::optional<TwoSample> welch(const Sums& a, const Sums& b,
                                             double level = confidence_level);

/// Benjamini-Hochberg adjusted p-values ("q-values"), in the order given: for the i-th
/// smallest of m p-values, min over j >= i of p_(j) * m / j, capped at 1. Rejecting every
/// hypothesis whose adjusted value is at most q controls the false discovery rate at q for
/// independent or positively dependent tests.
[[nodiscard]] std::vector<double> benjamini_hochberg(std::span<const double> p_values);

/// An ordinary least squares line y = intercept + slope * x.
struct SlopeFit {
    int n = 0;  ///< points fitted
    double slope = 0;
    double intercept = 0;
    double standard_error = 0;  ///< of the slope
    double df = 0;              ///< n - 2
    Interval interval;          ///< of the slope, at the level asked for
    double p_value = 1;         ///< two-sided, against "no slope"
};

/// The least squares slope of y on x with its t interval; nullopt for fewer than three points,
/// x and y of different lengths, or x without spread. Points exactly on a line give a zero
/// standard error: the interval is the slope itself and p is 0 (1 for a flat line).
[[nodiscard]] std::optional<SlopeFit> least_squares(std::span<const double> x,
                                                    std::span<const double> y,
                                                    double level = confidence_level);

}  // namespace tend::core
