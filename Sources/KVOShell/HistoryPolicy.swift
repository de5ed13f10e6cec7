import KVOModel

/// What goes into the history and where the history file lives.
package enum HistoryPolicy {
    /// `$XDG_STATE_HOME/kvo/history`, or `~/.kvo_history` when XDG_STATE_HOME is not set.
    package static func path(environment: (String) -> String? = Environment.get) -> String? {
        if let state = environment("XDG_STATE_HOME"), !state.isEmpty {
            return state + "/kvo/history"
        }
        guard let home = environment("HOME"), !home.isEmpty else { return nil }
        return home + "/.kvo_history"
    }

    /// A whole command is kept unless it is blank, starts with a space (a way to keep a line
    /// out of the history), or repeats the entry before it.
    package static func shouldRecord(_ entry: String, previous: String?) -> Bool {
        guard let first = entry.first, first != " ", first != "\t" else { return false }
        if entry.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\n" }) { return false }
        return entry != previous
    }
}
