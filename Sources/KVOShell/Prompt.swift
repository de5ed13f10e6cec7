import KVOModel
import KVOScript

/// The prompt texts. ASCII only, so that the line editor's column arithmetic stays right on
/// every terminal.
package enum Prompt {
    package static let primary = "kvo> "

    /// `kvo de-hoek> `, with `*` when there are unsaved changes.
    package static func primary(dossier label: String?) -> String {
        guard let label else { return primary }
        return "kvo " + label + "> "
    }

    /// The dossier's name in the prompt, ASCII only.
    package static func label(_ workspace: Workspace) -> String {
        let ascii = String(workspace.displayName.unicodeScalars.filter { $0.value >= 0x21 && $0.value < 0x7F && $0 != ">" }.prefix(24).map(Character.init))
        return (ascii.isEmpty ? "dossier" : ascii) + (workspace.isDirty ? "*" : "") + (workspace.sandbox ? " (whatif)" : workspace.readOnly ? " (ro)" : "")
    }

    /// Shown while a block, string or bracket is open, saying which: `if...> `.
    package static func continuation(open: OpenConstruct) -> String {
        open.symbol + "...> "
    }
}
