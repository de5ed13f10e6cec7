/// Breaking text into lines for a terminal of a given width: at blanks, and a word longer than a
/// line after a hyphen between two letters ("Veiligheidsregio-" / "Dommeldal") or after a comma
/// inside a list written without blanks ("MB-1,MB-2,"), never elsewhere inside a word. Only a single
/// word longer than the whole width is cut, and the cut is marked with `…`. Tables, notes and
/// help all break lines here, so that no view splits a word or runs past the terminal.
package enum TextLayout {
    /// The lines of `text` (which may hold line breaks) at most `width` characters wide.
    package static func lines(_ text: String, width: Int) -> [String] {
        let width = max(1, width)
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            var started = false
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: false) {
                // A word that fits a line of its own moves whole; only a longer one breaks at its
                // hyphens and commas, and only a piece longer than the line is cut.
                let whole = word.count <= width ? [String(word)] : pieces(of: word)
                for (k, piece) in whole.enumerated() {
                    let gap = k == 0 && started ? " " : ""
                    if line.count + gap.count + piece.count <= width {
                        line += gap + piece
                    } else if !piece.isEmpty {
                        // A blank run that does not fit is dropped at the break, not carried over.
                        while line.last == " " { line.removeLast() }
                        if started { lines.append(line) }
                        line = piece.count > width ? String(piece.prefix(width - 1)) + "…" : piece
                    }
                    started = true
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// A word cut after each hyphen that stands between two letters, and after each comma.
    package static func pieces(of word: Substring) -> [String] {
        var pieces: [String] = []
        var current = ""
        var previous: Character?
        var iterator = word.makeIterator()
        var next = iterator.next()
        while let c = next {
            next = iterator.next()
            current.append(c)
            if (c == "-" && previous?.isLetter == true && next?.isLetter == true) || (c == "," && next != nil) {
                pieces.append(current)
                current = ""
            }
            previous = c
        }
        if !current.isEmpty || pieces.isEmpty { pieces.append(current) }
        return pieces
    }

    /// Prose fitted to `width`: each line broken where needed, its continuation lines indented
    /// as far as the line itself (and two more for a line that starts a list item with "- ").
    package static func fitted(_ text: String, width: Int) -> String {
        var out = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let indent = line.prefix { $0 == " " }.count
            guard line.count > width, indent < width / 2 else {
                out += line + "\n"
                continue
            }
            let hanging = String(repeating: " ", count: indent)
            let body = lines(String(line.dropFirst(indent)), width: width - indent)
            out += body.map { hanging + $0 }.joined(separator: "\n") + "\n"
        }
        return String(out.dropLast())
    }
}
