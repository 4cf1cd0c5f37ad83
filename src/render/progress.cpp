#include "render/progress.hpp"

#include <ostream>

#include <fmt/format.h>

namespace tend::render {
namespace {

constexpr std::size_t bar_width = 30;

}  // namespace

std::string progress_bar(std::size_t done, std::size_t total) {
    if (total == 0) total = 1;
    if (done > total) done = total;
    auto filled = done * bar_width / total;
    return fmt::format("importing [{}{}] {:3}%", std::string(filled, '#'),
                       std::string(bar_width - filled, '.'), done * 100 / total);
}

void Progress::update(std::size_t done, std::size_t total) {
    if (!enabled_ || total == 0) return;
    auto percent = static_cast<int>(done * 100 / total);
    if (percent == percent_) return;
    percent_ = percent;
    out_ << '\r' << progress_bar(done, total) << std::flush;
    drawn_ = true;
}

void Progress::finish() {
    if (!drawn_) return;
    out_ << "\r\x1b[K" << std::flush;
    drawn_ = false;
}

}  // namespace tend::render
