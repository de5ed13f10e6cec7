#if canImport(Glibc)
import Glibc
#endif
import CEditLine

/// The line editor: libedit in emacs mode, with history, Tab completion and Ctrl-C handling
/// wired through the CEditLine shim. Used only when both standard input and output are terminals.
package final class LineEditor {
    package enum Input: Equatable {
        case line(String)
        /// Ctrl-C: the line was discarded.
        case interrupted
        /// Ctrl-D on an empty line, or the input closed.
        case end
    }

    private let editor: OpaquePointer
    /// Asked on Tab with the line and the cursor's byte offset.
    package var complete: ((String, Int) -> Completion)?
    /// Called to print a candidate list; defaults to the terminal width.
    package var listWidth: () -> Int
    /// Rows of the terminal: a list of candidates longer than the screen is shown only after a question.
    package var listHeight: () -> Int
    /// The question before a long list ("Show all 370? (y/n) ") and whether a key answers yes.
    package var showAllQuestion: (Int) -> String = { "Show all \($0)? (y/n) " }
    package var isYesKey: (Character) -> Bool = { $0 == "y" || $0 == "Y" }

    package init?(program: String = "kvo") {
        guard let input = fdopen(0, "r"), let output = fdopen(1, "w"), let errors = fdopen(2, "w"),
              let editor = kvo_editor_new(program, input, output, errors) else { return nil }
        self.editor = editor
        self.listWidth = { Terminal.width() ?? 80 }
        self.listHeight = { Terminal.height() ?? 24 }
        kvo_editor_set_completer(editor, { context, line, cursor in
            guard let context, let line else { return KVO_COMPLETE_BEEP }
            let me = Unmanaged<LineEditor>.fromOpaque(context).takeUnretainedValue()
            return me.handleTab(line: String(cString: line), cursor: Int(cursor))
        }, Unmanaged.passUnretained(self).toOpaque())
    }

    deinit { kvo_editor_free(editor) }

    /// The words of the Ctrl-R search prompt, in the session's language (ASCII).
    package func setSearchLabel(searching: String, failed: String) { kvo_editor_set_search_label(editor, searching, failed) }

    package func read(prompt: String) -> Input {
        kvo_editor_set_prompt(editor, prompt)
        var count: Int32 = 0, interrupted: Int32 = 0
        guard let raw = kvo_editor_gets(editor, &count, &interrupted) else {
            return interrupted != 0 ? .interrupted : .end
        }
        if interrupted != 0 { return .interrupted }
        var line = String(cString: raw)
        if line.hasSuffix("\n") { line.removeLast() }
        return .line(line)
    }

    private func handleTab(line: String, cursor: Int) -> kvo_complete_result {
        guard let complete else { return KVO_COMPLETE_BEEP }
        let result = complete(line, cursor)
        if result.candidates.isEmpty { return KVO_COMPLETE_BEEP }
        var changed = false
        if let replacement = result.replacement {
            let typed = String(decoding: Array(line.utf8)[0..<cursor], as: UTF8.self).suffix(result.wordLength)
            if replacement != String(typed) {
                kvo_editor_replace_before_cursor(editor, Int32(result.wordLength), replacement)
                changed = true
            }
        }
        if result.candidates.count > 1 {
            let listing = Completer.columns(result.candidates, width: listWidth())
            // More than a screen of candidates floods the room's projector: ask first, as readline does.
            if listing.utf8.filter({ $0 == 10 }).count >= listHeight() - 1 {
                kvo_editor_print(editor, "\n" + showAllQuestion(result.candidates.count))
                let key = kvo_read_key(0)
                let yes = key > 0 && isYesKey(Character(Unicode.Scalar(UInt8(key))))
                kvo_editor_print(editor, (yes ? "y\n" + listing : "n\n"))
                return KVO_COMPLETE_REDISPLAY
            }
            kvo_editor_print(editor, "\n" + listing)
            return KVO_COMPLETE_REDISPLAY
        }
        return changed ? KVO_COMPLETE_REFRESH : KVO_COMPLETE_BEEP
    }

    // MARK: history

    package func addHistory(_ entry: String) { kvo_history_enter(editor, entry) }

    package var latestHistory: String? { kvo_history_latest(editor).map { String(cString: $0) } }

    package var historyCount: Int { Int(kvo_history_count(editor)) }

    @discardableResult
    package func loadHistory(from path: String) -> Bool { kvo_history_load(editor, path) >= 0 }

    /// Writes the history beside `path` and renames it into place, so a crash never leaves half a file.
    @discardableResult
    package func saveHistory(to path: String) -> Bool {
        let temporary = path + ".tmp-\(getpid())"
        guard kvo_history_save(editor, temporary) >= 0 else {
            unlink(temporary)
            return false
        }
        return rename(temporary, path) == 0
    }
}
