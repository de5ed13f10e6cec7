import KVOModel

import KVOChecks

extension CommandSpec {
    static let rules = CommandSpec(
        name: "rules", group: .handbook,
        summary: Message(en: "list the handbook's rules, or show one in full", nl: "de regels van het handboek tonen, of één regel volledig"),
        syntax: [.words(RulesArguments.patterns, .ruleID)],
        example: "rules KVO-4.1.1-*",
        details: Message(en: "PATTERN is a rule ID, an ID pattern with * and ?, or a paragraph such as §4.1 (which includes §4.1.1 and deeper). One match is shown in full; several are listed one a line with paragraph, level and when the rule applies.",
                         nl: "PATROON is een regel-ID, een ID-patroon met * en ?, of een paragraaf zoals §4.1 (inclusief §4.1.1 en dieper). Past er één regel, dan wordt die volledig getoond; meerdere staan elk op een regel met paragraaf, niveau en wanneer de regel geldt."),
        arguments: RulesArguments.self,
        run: { arguments, context in
            let catalogue = RuleCatalogue.handbook
            let patterns = arguments.patterns
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
            let language = context.language
            if selected.count == 1, let rule = selected.first {
                context.say(Message.verbatim("\(rule.id)\n  §\(rule.paragraph) · ") + rule.level.name + " · " + rule.when.name + " · "
                            + rule.sectionName + "\n  " + rule.text + "\n")
                return
            }
            func padded(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
            let width = selected.map(\.id.count).max() ?? 0
            let paragraphWidth = selected.map(\.paragraph.count).max() ?? 0
            let levelWidth = max(6, selected.map { $0.level.name.text(language).count }.max() ?? 0)
            var out = ""
            for rule in selected {
                out += "\(padded(rule.id, width))  \(padded("§" + rule.paragraph, paragraphWidth + 1))  \(padded(rule.level.name.text(language), levelWidth))  \(rule.when.name.text(language))\n"
            }
            context.write(out)
            context.say(Noun(en: "rule", "rules", nl: "regel", "regels").counted(selected.count) + "\n")
        })
}

struct RulesArguments: CommandArguments {
    static let patterns = SlotName("pattern")
    let patterns: [ParsedArguments.Word]

    init(from a: ArgumentReader) throws(Diagnostic) { patterns = try a.words(Self.patterns) }
}
