// Handing text to the user's editor ($VISUAL, else $EDITOR) in a private temporary file.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>

namespace tend::util {

/// A temporary file (mode 0600, in $TMPDIR or /tmp) holding text for the user's editor. It is
/// removed when this goes out of scope, unless kept.
class EditorFile {
public:
    /// Creates the file with `content`; `label` goes into its name (tend-LABEL-XXXXXX.txt).
    EditorFile(std::string_view content, std::string_view label);
    ~EditorFile();
    EditorFile(const EditorFile&) = delete;
    EditorFile& operator=(const EditorFile&) = delete;

    /// Runs the editor on the file and waits for it. Throws a usage error when neither VISUAL
    /// nor EDITOR is set, and a failure when the editor cannot run or exits unsuccessfully.
    void edit() const;
    /// The file's content now.
    [[nodiscard]] std::string read() const;
    /// Leaves the file in place (so text the user wrote is not lost).
    void keep() { keep_ = true; }
    [[nodiscard]] const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
    bool keep_ = false;
};

/// The editor command: $VISUAL, else $EDITOR; empty when neither is set.
[[nodiscard]] std::string editor_command();

}  // namespace tend::util
