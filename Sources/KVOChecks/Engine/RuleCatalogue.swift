import KVOModel

/// The rules, findable by ID and selectable by pattern (`KVO-4.1.*`, `§4.1`).
package struct RuleCatalogue: Sendable {
    package let rules: [Rule]

    package init(rules: [Rule]) { self.rules = rules }

    package func rule(_ id: String) -> Rule? { rules.first { $0.id.caseInsensitiveEquals(id) } }

    package var ids: [String] { rules.map(\.id) }

    /// Rules matching a pattern: an ID glob (`*` and `?`, case-insensitive) or a paragraph
    /// (`§4.1` selects 4.1 and everything under it, such as 4.1.3).
    package func select(_ pattern: String) -> [Rule] {
        if pattern.hasPrefix("§") {
            let paragraph = String(pattern.dropFirst())
            return rules.filter { $0.paragraph == paragraph || $0.paragraph.hasPrefix(paragraph + ".") }
        }
        return rules.filter { Glob.matches(pattern, $0.id) }
    }
}
