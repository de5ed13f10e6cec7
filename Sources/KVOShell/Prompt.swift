/// The prompt texts. ASCII only, so that the line editor's column arithmetic stays right on
/// every terminal.
public enum Prompt {
    public static let primary = "kvo> "

    /// Shown while a block, string or bracket is open, saying which: `if...> `.
    public static func continuation(open: String) -> String {
        let what = open == "string" ? "\"" : open
        return what + "...> "
    }
}
