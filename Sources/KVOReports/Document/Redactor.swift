import KVOModel

import KVOChecks

/// Takes phone numbers and e-mail addresses out of free text (§3.2: "In het kader van de AVG
/// worden telefoonnummers en e-mailadressen achterwege gelaten bij publicatie van documenten").
/// Fields the schema marks personal are left out of reports altogether; this catches the same
/// data where people typed it into open answers, notes and minutes.
///
/// Phone numbers are recognised as Dutch numbers are written: a run of digits and separators
/// (space, `-`, `.`, `/`, brackets) that starts with `0`, `+` or `(` and holds the digits of a
/// number: 10 for a national number (06-12345678, 040-1234567, (040) 123 45 67), 11 after +31
/// (+31 6 1234 5678; 12 with the "(0)" some write), 13 after 0031, 8 or 11 for 0800 and 0900
/// numbers, 9 to 15 for other countries. Dates (01-02-2025), years and ranges (2025-2028),
/// postcodes and amounts do not qualify. The run is cut at the group where the number ends,
/// so "06-12345678 2025" loses the number and keeps the year.
package struct Redactor: Sendable {
    package enum Kind: Sendable, Equatable {
        case phone
        case email
    }

    /// Something found: where (as offsets in the text's characters) and what it is.
    package struct Match: Sendable, Equatable {
        package let range: Range<Int>
        package let kind: Kind
    }

    package let language: Language

    package init(language: Language) { self.language = language }

    /// What a phone number or e-mail address is replaced by.
    package func placeholder(_ kind: Kind) -> String {
        switch kind {
        case .phone: Message(en: "[phone number removed]", nl: "[telefoonnummer weggelaten]").text(language)
        case .email: Message(en: "[e-mail address removed]", nl: "[e-mailadres weggelaten]").text(language)
        }
    }

    /// The text with every phone number and e-mail address replaced by a placeholder.
    package func scrub(_ text: String) -> String {
        // Most texts hold neither an "@" nor a run of digits long enough: leave them alone.
        guard Redactor.mayContain(text) else { return text }
        let chars = Array(text)
        let matches = Redactor.matches(in: chars)
        guard !matches.isEmpty else { return text }
        var out = ""
        var at = 0
        for m in matches {
            out += String(chars[at..<m.range.lowerBound])
            out += placeholder(m.kind)
            at = m.range.upperBound
        }
        out += String(chars[at...])
        return out
    }

    /// Every phone number and e-mail address in the text, in order, not overlapping.
    package static func matches(in text: String) -> [Match] { matches(in: Array(text)) }

    static func mayContain(_ text: String) -> Bool {
        var digits = 0
        for b in text.utf8 {
            if b == UInt8(ascii: "@") { return true }
            if b >= 48 && b <= 57 {
                digits += 1
                if digits >= 8 { return true }
            }
        }
        return false
    }

    static func matches(in chars: [Character]) -> [Match] {
        var found = emails(in: chars)
        var i = 0
        while i < chars.count {
            if let range = phoneNumber(in: chars, at: i), !found.contains(where: { $0.range.overlaps(range) }) {
                found.append(Match(range: range, kind: .phone))
                i = range.upperBound
            } else {
                i += 1
            }
        }
        return found.sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    // MARK: e-mail addresses

    static func isLocalPart(_ c: Character) -> Bool {
        (c.isLetter || c.isNumber) || "._%+-'".contains(c)
    }

    static func isDomainPart(_ c: Character) -> Bool {
        (c.isLetter || c.isNumber) || c == "-" || c == "."
    }

    /// name@domain.tld: a local part, an "@", and a domain with a dot and a top-level part of at
    /// least two letters.
    static func emails(in chars: [Character]) -> [Match] {
        var found: [Match] = []
        for (at, c) in chars.enumerated() where c == "@" {
            if let last = found.last, last.range.contains(at) { continue }
            var start = at
            while start > 0, isLocalPart(chars[start - 1]) { start -= 1 }
            // A local part does not start with a dot or a quote.
            while start < at, ".'".contains(chars[start]) { start += 1 }
            guard start < at else { continue }
            var end = at + 1
            while end < chars.count, isDomainPart(chars[end]) { end += 1 }
            while end > at + 1, ".-".contains(chars[end - 1]) { end -= 1 }
            let domain = chars[(at + 1)..<end]
            guard let dot = domain.lastIndex(of: "."), dot > at + 1 else { continue }
            let top = domain[(dot + 1)...]
            guard top.count >= 2, top.allSatisfy(\.isLetter) else { continue }
            found.append(Match(range: start..<end, kind: .email))
        }
        return found
    }

    // MARK: phone numbers

    static let separators: Set<Character> = [" ", "-", ".", "/", "(", ")", "\u{A0}"]

    static func isDigit(_ c: Character) -> Bool { c.isASCII && c.isNumber }

    /// The phone number that starts at `start`, or nil. A bracket it starts with belongs to it
    /// only when the brackets close inside the number: "(040) 123 45 67", not "(06-12345678)".
    static func phoneNumber(in chars: [Character], at start: Int) -> Range<Int>? {
        let c = chars[start]
        // A number starts a word: not inside another number or word.
        if start > 0 {
            let before = chars[start - 1]
            if before.isLetter || before.isNumber || before == "+" { return nil }
            if isDigit(c), before == "-" || before == "/" || before == "." {
                // "2024-06-12..." is not a phone number; "tel.06..." and "(0)" are read from their own start.
                if start > 1, isDigit(chars[start - 2]) { return nil }
            }
        }
        var i = start
        let international = c == "+"
        switch c {
        case "+":
            guard start + 1 < chars.count, isDigit(chars[start + 1]) else { return nil }
            i += 1
        case "(":
            guard start + 1 < chars.count, chars[start + 1] == "0" || chars[start + 1] == "+" else { return nil }
            if chars[start + 1] == "+" { return phoneNumber(in: chars, at: start + 1) }
            i += 1
        case "0":
            break
        default:
            return nil
        }
        // Read groups of digits with at most three separators between them; note where each
        // group ends and how many digits there are by then.
        var digits = ""
        var groupEnds: [(end: Int, digits: Int)] = []
        var zeroInBrackets = false
        while i < chars.count {
            guard isDigit(chars[i]) else { break }
            while i < chars.count, isDigit(chars[i]) {
                digits.append(chars[i])
                i += 1
            }
            groupEnds.append((i, digits.count))
            if digits.count > 15 { break }
            var j = i, seps = 0
            while j < chars.count, separators.contains(chars[j]), seps < 3 {
                // "(0)" inside an international number: the digit in brackets is not dialled.
                if chars[j] == "(", j + 2 < chars.count, chars[j + 1] == "0", chars[j + 2] == ")" { zeroInBrackets = true }
                j += 1
                seps += 1
            }
            guard seps > 0, j < chars.count, isDigit(chars[j]) else { break }
            i = j
        }
        guard !groupEnds.isEmpty else { return nil }
        let wanted: (Int) -> Bool
        var preferLongest = false
        if international {
            if digits.hasPrefix("31") {
                wanted = { $0 == 11 || (zeroInBrackets && $0 == 12) }
            } else {
                wanted = { (9...15).contains($0) }
                preferLongest = true
            }
        } else if digits.hasPrefix("0031") {
            wanted = { $0 == 13 || (zeroInBrackets && $0 == 14) }
        } else if digits.hasPrefix("00") {
            wanted = { (11...15).contains($0) }
            preferLongest = true
        } else if digits.hasPrefix("0800") || digits.hasPrefix("0900") || digits.hasPrefix("0906") || digits.hasPrefix("0909") {
            wanted = { $0 == 8 || $0 == 11 }
            preferLongest = true
        } else {
            wanted = { $0 == 10 }
        }
        let fitting = groupEnds.filter { wanted($0.digits) }
        guard let chosen = preferLongest ? fitting.last : fitting.first else { return nil }
        // A number followed directly by more digits or letters is part of something else.
        if chosen.end < chars.count, chars[chosen.end].isLetter { return nil }
        if c == "(", !chars[start..<chosen.end].contains(")") { return (start + 1)..<chosen.end }
        return start..<chosen.end
    }
}
