// The generic statistics against values computed independently: Student's t quantiles and
// p-values from tables and from the regularised incomplete beta function at 30 digits
// (mpmath), Welch's test and a least squares line worked by hand, and Benjamini and Hochberg's
// own example (1995, section 4.1).
#include <vector>

#include <catch2/catch.hpp>

#include "core/stats.hpp"

using namespace tend::core;

namespace {

Sums sums_of(const std::vector<double>& values) {
    Sums s;
    for (double v : values) s.add(v);
    return s;
}

Approx close(double expected) {
    return Approx(expected).epsilon(1e-9).margin(1e-12);
}

}  // namespace

TEST_CASE("Sums give the mean and the sample variance, and subtract", "[stats]") {
    auto s = sums_of({2, 4, 4, 4, 5, 5, 7, 9});
    CHECK(s.n == 8);
    CHECK(*s.mean() == close(5.0));
    CHECK(*s.variance() == close(32.0 / 7));  // squared deviations 32, over n - 1
    auto part = sums_of({2, 4, 4});
    auto rest = s - part;
    CHECK(rest.n == 5);
    CHECK(*rest.mean() == close(6.0));
    CHECK(*rest.variance() == close(4.0));  // 4 5 5 7 9: squared deviations 4 1 1 1 9

    CHECK_FALSE(Sums{}.mean());
    CHECK_FALSE(sums_of({3}).variance());
    // A constant sample of an inexact value has no spread, not a rounding error's worth.
    Sums third;
    for (int i = 0; i < 1000; ++i) third.add(16.0 / 3);
    CHECK(*third.variance() == 0.0);
}

TEST_CASE("Student's t quantiles match the tables", "[stats]") {
    CHECK(t_quantile(0.975, 10) == close(2.2281388519862747));
    CHECK(t_quantile(0.975, 3) == close(3.1824463052837096));
    CHECK(t_quantile(0.95, 1) == close(6.3137515146750431));
    CHECK(t_quantile(0.025, 10) == close(-2.2281388519862747));
    // Many degrees of freedom approach the normal's 1.959964.
    CHECK(t_quantile(0.975, 1e7) == Approx(1.959964).epsilon(1e-6));
}

TEST_CASE("Two-sided p-values invert the quantiles", "[stats]") {
    CHECK(t_two_sided_p(2.2281388519862747, 10) == close(0.05));
    CHECK(t_two_sided_p(-2.2281388519862747, 10) == close(0.05));
    CHECK(t_two_sided_p(3, 5) == close(0.030099247897462576));
    CHECK(t_two_sided_p(0, 7) == close(1.0));
    CHECK(t_two_sided_p(1e6, 50) < 1e-250);
}

TEST_CASE("The interval of a mean is the one-sample t interval", "[stats]") {
    auto i = mean_interval(sums_of({1, 2, 3, 4, 5}));
    REQUIRE(i);
    CHECK(i->low == close(1.0367568385224423));
    CHECK(i->high == close(4.9632431614775577));
    CHECK_FALSE(mean_interval(sums_of({4})));
}

TEST_CASE("Welch's test of a worked example", "[stats]") {
    // a: mean 3, variance 2.5, n 5; b: mean 7, variance 14, n 6. Squared standard errors 0.5
    // and 7/3; df = (17/6)^2 / (0.5^2 / 4 + (7/3)^2 / 5) = 6.9722557.
    auto r = welch(sums_of({1, 2, 3, 4, 5}), sums_of({2, 4, 6, 8, 10, 12}));
    REQUIRE(r);
    CHECK(r->difference == close(-4.0));
    CHECK(r->standard_error == close(1.6832508230603463));
    CHECK(r->df == close(6.9722557297949337));
    CHECK(r->interval.low == close(-7.9834686956288321));
    CHECK(r->interval.high == close(-0.016531304371167857));
    CHECK(r->p_value == close(0.049284338206730521));
    CHECK(r->interval.excludes_zero());

    // Swapping the samples flips the sign and nothing else.
    auto s = welch(sums_of({2, 4, 6, 8, 10, 12}), sums_of({1, 2, 3, 4, 5}));
    REQUIRE(s);
    CHECK(s->difference == close(4.0));
    CHECK(s->interval.low == close(0.016531304371167857));
    CHECK(s->p_value == close(r->p_value));
}

TEST_CASE("Welch's test needs two values a side and copes with no spread", "[stats]") {
    CHECK_FALSE(welch(sums_of({1}), sums_of({1, 2, 3})));
    CHECK_FALSE(welch(sums_of({1, 2, 3}), Sums{}));

    auto same = welch(sums_of({5, 5, 5}), sums_of({5, 5, 5, 5}));
    REQUIRE(same);
    CHECK(same->standard_error == 0.0);
    CHECK(same->p_value == 1.0);
    CHECK(same->interval.low == 0.0);
    CHECK(same->interval.high == 0.0);

    auto apart = welch(sums_of({8, 8, 8}), sums_of({5, 5, 5, 5}));
    REQUIRE(apart);
    CHECK(apart->difference == close(3.0));
    CHECK(apart->p_value == 0.0);
    CHECK(apart->df == close(5.0));

    // One side constant: the degrees of freedom are the other side's n - 1.
    auto one = welch(sums_of({5, 5, 5}), sums_of({1, 2, 3, 4, 5}));
    REQUIRE(one);
    CHECK(one->df == close(4.0));
}

TEST_CASE("Benjamini-Hochberg on the example of Benjamini and Hochberg", "[stats]") {
    // Fifteen p-values; at q = 0.05 the procedure rejects the four smallest.
    std::vector<double> p{0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344,
                          0.0459, 0.3240, 0.4262, 0.5719, 0.6528, 0.7590, 1.0000};
    auto q = benjamini_hochberg(p);
    REQUIRE(q.size() == p.size());
    int rejected = 0;
    for (double v : q) rejected += v <= 0.05;
    CHECK(rejected == 4);
    // p_(i) * 15 / i, then the running minimum from the largest down (the sixth takes the
    // seventh's 0.0298 * 15 / 7).
    std::vector<double> expected{
        0.0001 * 15,      0.0004 * 15 / 2,  0.0019 * 15 / 3,  0.0095 * 15 / 4,  0.0201 * 15 / 5,
        0.0298 * 15 / 7,  0.0298 * 15 / 7,  0.0344 * 15 / 8,  0.0459 * 15 / 9,  0.3240 * 15 / 10,
        0.4262 * 15 / 11, 0.5719 * 15 / 12, 0.6528 * 15 / 13, 0.7590 * 15 / 14, 1.0};
    for (std::size_t i = 0; i < p.size(); ++i) {
        INFO("p-value " << i);
        CHECK(q[i] == close(expected[i]));
    }

    // The order given is kept: the same values shuffled give the same values shuffled.
    std::vector<double> shuffled{p[9], p[0], p[14], p[3], p[4]};
    auto qs = benjamini_hochberg(shuffled);
    auto qo = benjamini_hochberg(std::vector<double>{p[0], p[3], p[4], p[9], p[14]});
    CHECK(qs[0] == close(qo[3]));
    CHECK(qs[1] == close(qo[0]));
    CHECK(qs[2] == close(qo[4]));
    CHECK(qs[3] == close(qo[1]));
    CHECK(qs[4] == close(qo[2]));

    CHECK(benjamini_hochberg(std::vector<double>{}).empty());
    CHECK(benjamini_hochberg(std::vector<double>{0.03})[0] == close(0.03));
    // Capped at 1.
    CHECK(benjamini_hochberg(std::vector<double>{0.9, 0.95})[0] == close(0.95));
}

TEST_CASE("A least squares slope worked by hand", "[stats]") {
    // x 0..4, y 1 3 2 5 4: Sxx 10, Sxy 8, slope 0.8, intercept 1.4, SSE 3.6, s^2 1.2.
    std::vector<double> x{0, 1, 2, 3, 4}, y{1, 3, 2, 5, 4};
    auto f = least_squares(x, y);
    REQUIRE(f);
    CHECK(f->n == 5);
    CHECK(f->slope == close(0.8));
    CHECK(f->intercept == close(1.4));
    CHECK(f->df == close(3.0));
    CHECK(f->standard_error == close(0.34641016151377546));  // sqrt(1.2 / 10)
    CHECK(f->interval.low == close(-0.30243173862224776));
    CHECK(f->interval.high == close(1.9024317386222478));
    CHECK(f->p_value == close(0.10408803866182786));
    CHECK_FALSE(f->interval.excludes_zero());
}

TEST_CASE("A least squares slope needs three points with spread in x", "[stats]") {
    std::vector<double> two{0, 1}, x3{2, 2, 2}, y3{1, 2, 3}, x4{0, 1, 2, 3};
    CHECK_FALSE(least_squares(two, two));
    CHECK_FALSE(least_squares(x3, y3));
    CHECK_FALSE(least_squares(x4, y3));

    std::vector<double> flat{5, 5, 5, 5};
    auto f = least_squares(x4, flat);
    REQUIRE(f);
    CHECK(f->slope == 0.0);
    CHECK(f->p_value == 1.0);
    CHECK_FALSE(f->interval.excludes_zero());

    std::vector<double> line{1.1, 1.4, 1.7, 2.0};  // exactly 0.3 a step, up to rounding
    auto g = least_squares(x4, line);
    REQUIRE(g);
    CHECK(g->slope == close(0.3));
    CHECK(g->standard_error == 0.0);
    CHECK(g->p_value == 0.0);
    CHECK(g->interval.excludes_zero());
}
