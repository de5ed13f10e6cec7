import KVOModel

/// Escaping text for the two markups reports are written in. Every text that comes from a
/// dossier goes through one of these before it is put in a page, a table or a chart.
package enum Markup {
    /// Text for HTML, SVG and XML, in element content and in quoted attribute values (`HTML.escape`).
    package static func escapeXML(_ text: String) -> String { HTML.escape(text) }

    /// Text for Markdown: characters that would start emphasis, code, links, HTML or a table
    /// cell are escaped with a backslash, and so are marks at the start of a line that would
    /// make it a heading, a list or a quote. Line breaks become spaces unless `keepLines`.
    package static func escapeMarkdown(_ text: String, keepLines: Bool = false) -> String {
        var out = ""
        var atLineStart = true
        for ch in text {
            if ch.isNewline {
                out += keepLines ? "  \n" : " "
                atLineStart = keepLines
                continue
            }
            let special = "\\`*_[]<>|~".contains(ch) || (atLineStart && "#-+=".contains(ch))
            if special { out += "\\" }
            out.append(ch)
            if !(atLineStart && (ch == " " || ch == "\t")) { atLineStart = false }
        }
        // "1. " at the start of a line would start a numbered list.
        return escapeOrderedListStart(out)
    }

    static func escapeOrderedListStart(_ text: String) -> String {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        for (i, line) in lines.enumerated() {
            let trimmed = line.drop { $0 == " " }
            let digits = trimmed.prefix { $0.isASCII && $0.isNumber }
            guard !digits.isEmpty else { continue }
            let rest = trimmed.dropFirst(digits.count)
            if let mark = rest.first, mark == "." || mark == ")", rest.dropFirst().first.map({ $0 == " " }) ?? true {
                let indent = line.prefix { $0 == " " }
                lines[i] = indent + digits + "\\" + rest
            }
        }
        return lines.joined(separator: "\n")
    }

    /// A file name or anchor from a title: lower case ASCII letters, digits and dashes.
    package static func slug(_ text: String) -> String {
        var out = ""
        for ch in text.lowercased() {
            let plain: Character? = switch ch {
            case "á", "à", "ä", "â": "a"
            case "é", "è", "ë", "ê": "e"
            case "í", "ì", "ï", "î": "i"
            case "ó", "ò", "ö", "ô": "o"
            case "ú", "ù", "ü", "û": "u"
            default: ch
            }
            if let c = plain, c.isASCII, c.isLetter || c.isNumber {
                out.append(c)
            } else if !out.isEmpty, out.last != "-" {
                out.append("-")
            }
        }
        while out.last == "-" { out.removeLast() }
        return out.isEmpty ? "section" : out
    }
}
