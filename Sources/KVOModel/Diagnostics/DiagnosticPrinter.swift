/// Renders diagnostics as people read them:
///
///     check.kvo:2:8: error: assertion failed: math
///     assert x * 3 == 7, "math"
///            ^~~~~~~~~~
///     hint: ...
///
/// Text typed at the prompt has no file name, so its position starts the line (`2:8: error:`),
/// and a one-line entry shows no position at all. Colour only when asked (the shell decides).
public struct DiagnosticPrinter: Sendable {
    public var color: Bool
    /// The language of the words kvo adds ("error:"/"fout:") and of the message.
    public var language: Language

    public init(color: Bool, language: Language = .en) {
        self.color = color
        self.language = language
    }

    static let errorWord = Message(en: "error:", nl: "fout:")
    static let hintWord = Message(en: "hint:", nl: "tip:")

    public func render(_ d: Diagnostic) -> String {
        // What kvo built from its own command line has no line worth quoting.
        if d.source?.isGenerated == true {
            var plain = d
            plain.source = nil
            plain.location = nil
            return render(plain)
        }
        var head = ""
        if let loc = d.location {
            if let name = d.source?.name {
                head = "\(name):\(loc.line):\(loc.column): "
            } else if let source = d.source, source.lines.count > 1 {
                head = "\(loc.line):\(loc.column): "
            }
        } else if let name = d.source?.name {
            head = "\(name): "
        }
        var out = paint(head, "1") + paint(Self.errorWord.text(language), "1;31") + " " + d.message.text(language) + "\n"
        if let loc = d.location, let line = d.source?.line(loc.line) {
            let (text, column) = Self.window(Array(line), column: loc.column - (d.source?.firstColumn ?? 1) + 1)
            out += text + "\n"
            // Keep tabs so the caret lines up under tabbed source.
            var pad = ""
            for (i, ch) in text.enumerated() where i < column - 1 { pad.append(ch == "\t" ? "\t" : " ") }
            let available = max(1, text.count - (column - 1))
            let underline = "^" + String(repeating: "~", count: max(0, min(d.length, available) - 1))
            out += pad + paint(underline, "1;32") + "\n"
        }
        if let hint = d.hint { out += paint(Self.hintWord.text(language), "1;36") + " " + hint.text(language) + "\n" }
        return out
    }

    /// At most `Self.width` characters of a long line around the column, with "…" where it is cut,
    /// and the column within that window: a 200 MB line must not be copied to the terminal.
    static let width = 100

    static func window(_ line: [Character], column: Int) -> (text: String, column: Int) {
        guard line.count > width else { return (String(line), column) }
        let at = min(max(0, column - 1), line.count)
        let start = max(0, min(at - width / 3, line.count - width))
        let end = min(line.count, start + width)
        let head = start > 0 ? "…" : "", tail = end < line.count ? "…" : ""
        return (head + String(line[start..<end]) + tail, at - start + 1 + head.count)
    }

    private func paint(_ text: String, _ code: String) -> String {
        guard color, !text.isEmpty else { return text }
        return "\u{1B}[" + code + "m" + text + "\u{1B}[0m"
    }
}
