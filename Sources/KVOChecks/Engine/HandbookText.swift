import KVOModel

/// The handbook's own words, for `explain`: the Dutch text of each numbered paragraph.
package enum HandbookText {
    package struct Paragraph: Sendable {
        package let number: String
        package let title: String
        package let text: String
    }

    /// The paragraph a rule's § names (B1.2, 4.1.1, ...), or its closest parent (4.1 for 4.1.9).
    package static func paragraph(_ number: String) -> Paragraph? {
        var n = number
        while true {
            if let p = paragraphs.first(where: { $0.number == n }) { return p }
            guard let dot = n.lastIndex(of: ".") else { return nil }
            n = String(n[..<dot])
        }
    }
}
