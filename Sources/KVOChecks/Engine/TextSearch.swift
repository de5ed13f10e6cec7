/// Substring search for the rules that look for words in free text (§4.2.4 cost notes, §3.2
/// publications). `String.contains` from _StringProcessing compares Characters through generic
/// code and costs tens of thousands of instructions a call (issue 15: 3.5 M per dossier in
/// MeasureCosts alone); most dossier text is ASCII, where a byte search gives the same answer.
enum TextSearch {
    /// Whether `text`, lowercased, contains `needle`: exactly `text.lowercased().contains(needle)`.
    ///
    /// In ASCII text every byte is one Character except CR LF, which is one Character of two bytes;
    /// a needle without CR or LF can only match whole Characters there, and a non-ASCII needle
    /// matches no ASCII text either way. Anything else (non-ASCII text, a needle with CR or LF, an
    /// empty needle) takes the Character-wise search.
    static func lowercased(_ text: String, contains needle: String) -> Bool {
        if let answer = asciiSearch(text, needle, foldCase: true) { return answer }
        return text.lowercased().contains(needle)
    }

    /// Whether `text` contains `needle`: exactly `text.contains(needle)`, fast for ASCII text.
    static func contains(_ text: String, _ needle: String) -> Bool {
        if let answer = asciiSearch(text, needle, foldCase: false) { return answer }
        return text.contains(needle)
    }

    /// The byte search's answer, or nil when it may differ from the Character-wise one.
    private static func asciiSearch(_ text: String, _ needle: String, foldCase: Bool) -> Bool? {
        var text = text, needle = needle
        return text.withUTF8 { t -> Bool? in
            needle.withUTF8 { n -> Bool? in
                guard !n.isEmpty, !t.contains(where: { $0 >= 0x80 }), !n.contains(where: { $0 == 0x0D || $0 == 0x0A }) else { return nil }
                guard n.count <= t.count else { return false }
                let first = n[0]
                var i = 0
                let last = t.count - n.count
                while i <= last {
                    if fold(t[i], foldCase) == first {
                        var k = 1
                        while k < n.count, fold(t[i + k], foldCase) == n[k] { k += 1 }
                        if k == n.count { return true }
                    }
                    i += 1
                }
                return false
            }
        }
    }

    @inline(__always)
    private static func fold(_ byte: UInt8, _ foldCase: Bool) -> UInt8 {
        foldCase && byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
    }
}
