// tend sync DIR: devices that agree through a folder kept in step by a file sync. Each device
// writes its whole export (deletions included) as DIR/DEVICE.json and merges every other
// device's file; the merge rules (core/merge.hpp) make the order of these runs not matter.
#include <unistd.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <string>
#include <vector>

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <nlohmann/json.hpp>

#include "cli/context.hpp"
#include "cli/shared.hpp"
#include "core/archive.hpp"
#include "core/limits.hpp"
#include "render/export_view.hpp"
#include "render/json.hpp"
#include "render/terminal.hpp"
#include "store/setting_store.hpp"
#include "store/transfer_store.hpp"
#include "util/error.hpp"
#include "util/files.hpp"
#include "util/uuid.hpp"

namespace tend::cli {
namespace fs = std::filesystem;

namespace {

/// A name for this device when the config gives none: its host name, made safe for a file
/// name, and four random hex digits, so that two hosts of the same name differ.
std::string new_device_name() {
    char host[256] = {};
    std::string name;
    if (::gethostname(host, sizeof host - 1) == 0)
        for (const char* c = host; *c != '\0' && name.size() < 40; ++c) {
            auto ch = static_cast<unsigned char>(*c);
            if (std::isalnum(ch))
                name += static_cast<char>(std::tolower(ch));
            else if (!name.empty() && name.back() != '-')
                name += '-';
        }
    while (!name.empty() && name.back() == '-') name.pop_back();
    if (name.empty()) name = "device";
    return name + "-" + util::new_uuid().substr(0, 4);
}

/// The document without its export time, which alone changes from one run to the next.
std::string without_export_time(std::string text) {
    auto at = text.find("\n  \"exported_at\": ");
    if (at == std::string::npos) return text;
    auto end = text.find('\n', at + 1);
    text.erase(at, end == std::string::npos ? std::string::npos : end - at);
    return text;
}

/// What one device's file brought.
struct Merged {
    std::string file;
    core::ImportReport report;
};

void sync(Context& ctx, const std::string& dir_given) {
    std::error_code ec;
    fs::path dir = dir_given;
    if (!fs::exists(dir, ec))
        throw usage_error(fmt::format("there is no folder {} to sync through", dir_given));
    if (!fs::is_directory(dir, ec))
        throw usage_error(
            fmt::format("{} is not a folder; name the folder to sync through", dir_given));
    auto format = ctx.format();
    const auto& clock = ctx.clock();
    const auto& configured = ctx.config().sync_device;
    auto& db = ctx.db();

    // Every other device's export, read and checked before anything is written: a file that is
    // not one stops the sync with nothing changed.
    std::vector<std::pair<std::string, core::Archive>> others;
    std::string device;
    bool keep_name = false;  ///< a name made now, kept with the merge
    {
        std::vector<fs::path> files;
        for (const auto& entry : fs::directory_iterator(dir, ec)) {
            auto name = entry.path().filename().string();
            // Hidden files are temporary ones (this tend's, a sync tool's) being written.
            if (name.empty() || name.front() == '.' || entry.path().extension() != ".json")
                continue;
            files.push_back(entry.path());
        }
        if (ec)
            throw failure(fmt::format("cannot read the folder {}: {}", dir_given, ec.message()));
        std::sort(files.begin(), files.end());
        auto kept = store::setting(db, "device");
        device = configured ? *configured : kept.value_or("");
        if (device.empty()) device = new_device_name();
        keep_name = !configured && !kept;
        auto own = device + ".json";
        for (const auto& file : files) {
            if (file.filename() == own) continue;
            auto text = util::read_regular_file(file, core::max_import_bytes, "sync file");
            others.emplace_back(file.filename().string(),
                                core::parse_archive(text, file.string(), clock.now));
        }
        others.emplace_back(own, core::Archive{});  // the last entry names this device's file
    }
    auto own = others.back().first;
    others.pop_back();

    std::vector<Merged> merged;
    {
        store::BulkPageCache bulk(db);
        store::WriteTransaction tx(db);
        if (keep_name) store::set_setting(db, "device", device);
        for (const auto& [file, archive] : others)
            merged.push_back({file, store::import_archive(db, archive)});
        tx.commit();
    }

    // This device's file, written again only when what it holds has changed.
    auto path = dir / own;
    auto text = render::archive_json(store::read_archive(db, clock.now));
    bool write = true;
    if (fs::is_regular_file(path, ec)) {
        auto before = util::read_regular_file(path, core::max_import_bytes, "sync file");
        write = without_export_time(before) != without_export_time(text);
    }
    if (write) {
        util::AtomicFile out(path);
        out.write(text);
        out.commit();
    }

    if (format == core::Format::json) {
        auto files = render::Json::array();
        for (const auto& m : merged) {
            auto total = m.report.total();
            files.push_back({{"file", m.file},
                             {"added", total.added},
                             {"updated", total.updated},
                             {"deleted", total.deleted},
                             {"unchanged", total.unchanged},
                             {"skipped", total.skipped}});
        }
        ctx.print(render::json_text(render::Json{
            {"folder", dir_given}, {"file", own}, {"written", write}, {"merged", files}}));
        return;
    }
    // Quiet when nothing came in, so that it can run from cron.
    for (const auto& m : merged) {
        auto total = m.report.total();
        if (total.added + total.updated + total.deleted == 0) continue;
        ctx.say(fmt::format("From {}: {} added, {} updated, {} deleted.\n",
                            render::sanitize(m.file), total.added, total.updated, total.deleted));
    }
}

}  // namespace

void add_sync_commands(CLI::App& app, Context& ctx) {
    auto* cmd = app.add_subcommand(
        "sync", "Merge with other devices through a synced folder, and write this one's file");
    auto dir = std::make_shared<std::string>();
    cmd->add_option("DIR", *dir, "The folder (kept in step by Syncthing, Nextcloud...)")
        ->required();
    cmd->callback([&ctx, dir] { sync(ctx, *dir); });
}

}  // namespace tend::cli
