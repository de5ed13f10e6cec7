/// Writing text into HTML, SVG or XML: the few characters that must be escaped in content and
/// attributes. Every text that comes from a dossier goes through it before it is put in a page.
public enum HTML {
    /// `a < b & "c"` → `a &lt; b &amp; &quot;c&quot;`; safe in element content and quoted
    /// attributes. Control characters other than tab and line feed, not allowed in XML, become spaces.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\u{0}"..."\u{8}", "\u{B}", "\u{C}", "\u{E}"..."\u{1F}": out += " "
            default: out.unicodeScalars.append(c)
            }
        }
        return out
    }
}
