// tend template list | show: the guided templates, built in and the user's own.
#include <CLI/CLI.hpp>

#include "cli/context.hpp"
#include "cli/shared.hpp"
#include "core/template_library.hpp"
#include "render/template_view.hpp"

namespace tend::cli {
namespace {

struct ShowArgs {
    std::string name;
    bool toml = false;
};

void list_templates(Context& ctx) {
    auto format = ctx.format();
    auto style = ctx.style();
    ctx.print(render::template_list(core::templates().all(), format, style));
}

void show_template(Context& ctx, const ShowArgs& args) {
    auto t = core::templates().load(args.name);
    if (args.toml) {
        ctx.print(t.source);
        return;
    }
    auto format = ctx.format();
    auto style = ctx.style();
    ctx.print(render::template_show(t, format, style));
}

}  // namespace

void add_template_commands(CLI::App& app, Context& ctx) {
    auto* group = app.add_subcommand("template", "The guided templates, built in and your own");
    when_alone(*group, [&ctx] { list_templates(ctx); });

    auto* list = group->add_subcommand("list", "List the templates");
    list->callback([&ctx] { list_templates(ctx); });

    auto* show = group->add_subcommand("show", "Show a template's prompts");
    auto args = std::make_shared<ShowArgs>();
    show->add_option("NAME", args->name, "The template's name")->required();
    show->add_flag("--toml", args->toml,
                   "Print its TOML source, to copy into your templates directory");
    show->callback([&ctx, args] { show_template(ctx, *args); });
}

}  // namespace tend::cli
