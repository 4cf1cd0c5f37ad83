// The distribution functions come from Boost.Math (header-only): its Student's t quantile and
// complementary CDF are accurate to a few ulps over any degrees of freedom, fractional ones
// included, which Welch's test needs.
#include "core/stats.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

#include <boost/math/distributions/students_t.hpp>

namespace tend::core {
namespace {

// Double precision throughout: Boost's default would promote to long double, twice the time
// for digits no figure shown needs (double is still accurate to about 1e-15 here).
using Policy = boost::math::policies::policy<boost::math::policies::promote_double<false>>;
using StudentsT = boost::math::students_t_distribution<double, Policy>;

/// The two-sided quantile for a confidence level: 0.975 for 0.95.
double upper_probability(double level) {
    return 0.5 + level / 2;
}

Interval around(double estimate, double half_width) {
    return {estimate - half_width, estimate + half_width};
}

}  // namespace

Sums& Sums::operator+=(const Sums& other) {
    n += other.n;
    sum += other.sum;
    sum_sq += other.sum_sq;
    return *this;
}

Sums& Sums::operator-=(const Sums& other) {
    n -= other.n;
    sum -= other.sum;
    sum_sq -= other.sum_sq;
    return *this;
}

std::optional<double> Sums::mean() const {
    if (n <= 0) return std::nullopt;
    return sum / n;
}

std::optional<double> Sums::variance() const {
    if (n < 2) return std::nullopt;
    double centred = sum_sq - sum * sum / n;
    // A constant sample of a value such as 16/3 leaves rounding of either sign here; call it
    // the zero it is. Scores have at most ten values a day, so a real spread is far larger.
    if (centred <= 1e-12 * sum_sq) return 0.0;
    return centred / (n - 1);
}

std::optional<double> Sums::sd() const {
    auto v = variance();
    if (!v) return std::nullopt;
    return std::sqrt(*v);
}

double t_quantile(double probability, double df) {
    return boost::math::quantile(StudentsT(df), probability);
}

double t_two_sided_p(double t, double df) {
    return std::min(1.0,
                    2 * boost::math::cdf(boost::math::complement(StudentsT(df), std::fabs(t))));
}

std::optional<Interval> mean_interval(const Sums& sample, double level) {
    auto v = sample.variance();
    if (!v) return std::nullopt;
    double mean = *sample.mean();
    double se = std::sqrt(*v / sample.n);
    return around(mean, t_quantile(upper_probability(level), sample.n - 1) * se);
}

std::optional<TwoSample> welch(const Sums& a, const Sums& b, double level) {
    auto va = a.variance();
    auto vb = b.variance();
    if (!va || !vb) return std::nullopt;
    TwoSample r;
    r.difference = *a.mean() - *b.mean();
    double ea = *va / a.n;  // the squared standard errors of each mean
    double eb = *vb / b.n;
    r.standard_error = std::sqrt(ea + eb);
    if (r.standard_error == 0) {
        r.df = a.n + b.n - 2;
        r.interval = {r.difference, r.difference};
        bool equal = std::fabs(r.difference) <= 1e-12 * std::max(1.0, std::fabs(*b.mean()));
        r.p_value = equal ? 1 : 0;
        return r;
    }
    r.df = (ea + eb) * (ea + eb) / (ea * ea / (a.n - 1) + eb * eb / (b.n - 1));
    r.interval =
        around(r.difference, t_quantile(upper_probability(level), r.df) * r.standard_error);
    r.p_value = t_two_sided_p(r.difference / r.standard_error, r.df);
    return r;
}

std::vector<double> benjamini_hochberg(std::span<const double> p_values) {
    const std::size_t m = p_values.size();
    std::vector<std::size_t> order(m);
    std::iota(order.begin(), order.end(), std::size_t{0});
    // Ties keep their given order, so the result does not depend on the sort's whims.
    std::stable_sort(order.begin(), order.end(),
                     [&](std::size_t i, std::size_t j) { return p_values[i] < p_values[j]; });
    std::vector<double> adjusted(m);
    double running = 1;
    for (std::size_t rank = m; rank >= 1; --rank) {
        std::size_t i = order[rank - 1];
        running =
            std::min(running, p_values[i] * static_cast<double>(m) / static_cast<double>(rank));
        adjusted[i] = running;
    }
    return adjusted;
}

std::optional<SlopeFit> least_squares(std::span<const double> x, std::span<const double> y,
                                      double level) {
    if (x.size() != y.size() || x.size() < 3) return std::nullopt;
    const auto n = static_cast<double>(x.size());
    double mx = std::accumulate(x.begin(), x.end(), 0.0) / n;
    double my = std::accumulate(y.begin(), y.end(), 0.0) / n;
    double sxx = 0, sxy = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        sxx += (x[i] - mx) * (x[i] - mx);
        sxy += (x[i] - mx) * (y[i] - my);
    }
    if (sxx == 0) return std::nullopt;
    SlopeFit f;
    f.n = static_cast<int>(x.size());
    f.slope = sxy / sxx;
    f.intercept = my - f.slope * mx;
    double sse = 0;
    for (std::size_t i = 0; i < x.size(); ++i) {
        double residual = y[i] - (f.intercept + f.slope * x[i]);
        sse += residual * residual;
    }
    f.df = n - 2;
    f.standard_error = std::sqrt(sse / f.df / sxx);
    // Points on a line leave only rounding in the residuals: call that no error at all.
    double scale = std::max(1.0, std::fabs(my));
    if (f.standard_error <= 1e-12 * scale) {
        f.standard_error = 0;
        f.interval = {f.slope, f.slope};
        f.p_value = f.slope == 0 ? 1 : 0;
        return f;
    }
    f.interval = around(f.slope, t_quantile(upper_probability(level), f.df) * f.standard_error);
    f.p_value = t_two_sided_p(f.slope / f.standard_error, f.df);
    return f;
}

}  // namespace tend::core
