import KVOModel

import KVOChecks

extension CommandSpec {
    static let rules = CommandSpec(
        name: "rules", group: .handbook, summary: "list the handbook's rules, or show one in full",
        syntax: [.words("pattern", .ruleID)],
        example: "rules KVO-4.1.1-*",
        details: "PATTERN is a rule ID, an ID pattern with * and ?, or a paragraph such as §4.1 (which includes §4.1.1 and deeper). One match is shown in full; several are listed one a line with paragraph, level and when the rule applies.",
        action: { context in
            let catalogue = RuleCatalogue.handbook
            let patterns = context.arguments.words("pattern")
            var selected: [Rule] = []
            if patterns.isEmpty {
                selected = catalogue.rules
            } else {
                for pattern in patterns {
                    let found = catalogue.select(pattern.text)
                    if found.isEmpty {
                        throw context.error(Message(en: "no rule matches '\(pattern.text)'", nl: "geen regel past bij '\(pattern.text)'") + Suggestion.phrase(for: pattern.text, in: catalogue.ids),
                                            at: pattern.location, length: pattern.length,
                                            hint: Message(en: "patterns look like KVO-4.1.* or §4.1; 'rules' lists all \(catalogue.rules.count)",
                                                          nl: "patronen zien eruit als KVO-4.1.* of §4.1; 'regels' toont alle \(catalogue.rules.count)"))
                    }
                    for rule in found where !selected.contains(rule) { selected.append(rule) }
                }
            }
            let out = context.interpreter.output
            if selected.count == 1, let rule = selected.first {
                out.write("\(rule.id)\n  §\(rule.paragraph) · \(rule.level.rawValue) · \(rule.when.rawValue) · \(rule.section)\n  \(rule.text)\n")
                return
            }
            let width = selected.map(\.id.count).max() ?? 0
            let paragraphWidth = selected.map(\.paragraph.count).max() ?? 0
            for rule in selected {
                let id = rule.id + String(repeating: " ", count: width - rule.id.count)
                let paragraph = "§" + rule.paragraph + String(repeating: " ", count: paragraphWidth - rule.paragraph.count)
                let level = rule.level.rawValue + String(repeating: " ", count: 6 - rule.level.rawValue.count)
                out.write("\(id)  \(paragraph)  \(level)  \(rule.when.rawValue)\n")
            }
            out.write("\(selected.count) rule\(selected.count == 1 ? "" : "s")\n")
        })
}
