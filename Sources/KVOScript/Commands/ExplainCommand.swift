import KVOModel
import KVOChecks

extension CommandSpec {
    static let explain = CommandSpec(
        name: "explain", group: .handbook, summary: "explain a rule: its meaning, the handbook's words, what it reads, how to satisfy it",
        syntax: [.word("rule", .ruleID)],
        example: "explain KVO-5.2.2-FOUR-MEASURES",
        details: "Shows the rule, the Dutch text of its handbook paragraph, which parts of the dossier it reads and, with a dossier open, how the dossier stands and what is short.",
        action: { context in
            guard let word = context.arguments.word("rule") else { return }
            let catalogue = RuleCatalogue.handbook
            guard let rule = catalogue.rule(word.text) ?? (catalogue.select(word.text).count == 1 ? catalogue.select(word.text).first : nil) else {
                throw context.error(Message(en: "no rule has the ID '\(word.text)'", nl: "geen regel heeft de ID '\(word.text)'") + Suggestion.phrase(for: word.text, in: catalogue.ids),
                                    at: word.location, length: word.length, hint: Message(en: "'rules' lists them", nl: "'regels' toont ze"))
            }
            let nl = context.language == .nl
            var out = "\(rule.id)\n  §\(rule.paragraph) · \(rule.level.rawValue) · \(rule.when.rawValue) · \(rule.section)\n\n"
            out += (nl ? "Regel (Engels, zoals in de eisencatalogus):\n" : "The rule:\n") + "  " + rule.text + "\n"
            out += "\n" + (nl ? "Wat het niveau betekent: " : "What its level means: ")
            let meaning = switch rule.level {
            case .must: nl ? "een eis; niet voldoen is een afwijking bij de audit." : "a requirement; not meeting it is a nonconformity at the audit."
            case .should: nl ? "een advies van het handboek; niet voldoen geeft een waarschuwing." : "advice of the handbook; not meeting it gives a warning."
            case .info: nl ? "een afgeleid gegeven, ter informatie." : "a derived figure, for information."
            }
            out += meaning + "\n"
            // Which data it reads: run it once on the open (or an empty) dossier and note what it looked at.
            let log = ReadLog()
            let dossier = context.interpreter.workspace?.dossier ?? Dossier()
            let checkContext = CheckContext(dossier: dossier, asOf: context.interpreter.options.today, readLog: log)
            let result = Checker.check(rule, checkContext)
            if !log.kinds.isEmpty {
                out += "\n" + (nl ? "Leest uit het dossier: " : "Reads from the dossier: ") + log.kinds.joined(separator: ", ") + "\n"
                out += (nl ? "Vastleggen met: " : "Record them with: ")
                out += log.kinds.map { name in
                    (Schema.dossier.kind(named: name)?.isSingleton ?? false) ? "set \(name) FIELD=VALUE" : "add \(Schema.dossier.kind(named: name)?.singular ?? name) FIELD=VALUE"
                }.joined(separator: "; ") + (nl ? " (kinds NAAM toont de velden)\n" : " (kinds NAME lists the fields)\n")
            }
            if context.interpreter.workspace != nil {
                let report = CheckReport(results: [result], language: nl ? .nl : .en)
                out += "\n" + (nl ? "In dit dossier: " : "In this dossier: ") + CheckReport.label(result.status, report.language) + ". " + report.sentence(result) + "\n"
            }
            if let paragraph = HandbookText.paragraph(rule.paragraph) {
                out += "\n" + (nl ? "Handboek" : "Handbook") + " §\(paragraph.number) \(paragraph.title)" + (nl ? ":" : " (Dutch, the final word):") + "\n"
                let width = max(40, (context.width) - 2)
                for line in paragraph.text.split(separator: "\n", omittingEmptySubsequences: false) {
                    if line.isEmpty { out += "\n"; continue }
                    for piece in Table.wrap(String(line), width: width) { out += "  " + piece + "\n" }
                }
            }
            context.write(out)
        })

    static let waive = CommandSpec(
        name: "waive", group: .handbook, summary: "record a waiver: a rule accepted as not met, with justification and expiry",
        syntax: [.word("rule", .ruleID), .string("justification"), .literal("until"), .word("date", .text),
                 .optional([.literal("by"), .word("party", .recordID)])],
        example: "waive KVO-3.7-APP-ADMIN \"app group starts in March; administrator named then\" until 2026-04-01 by PA-1",
        details: "A waived rule is reported as waived with its justification and expiry and counted apart; once the date has passed it counts again. Waivers are records of the dossier (list waivers), so undo takes one back.",
        action: { context in
            let w = try context.writableWorkspace()
            guard let ruleWord = context.arguments.word("rule"), let justification = context.arguments.word("justification"),
                  let date = context.arguments.word("date") else { return }
            guard let rule = RuleCatalogue.handbook.rule(ruleWord.text) else {
                throw context.error(Message.untranslated("no rule has the ID '\(ruleWord.text)'") + Suggestion.phrase(for: ruleWord.text, in: RuleCatalogue.handbook.ids),
                                    at: ruleWord.location, length: ruleWord.length)
            }
            guard Day(date.text) != nil else {
                throw context.error("until needs a date such as 2026-04-01, got '\(date.text)'", at: date.location, length: date.length)
            }
            let kind = w.schema.kind(named: "waivers")!
            let id = w.dossier.nextID(kind)
            var fields: [String: JSONValue] = ["id": .string(id), "rule": .string(rule.id), "justification": .string(justification.text),
                                               "until": .string(date.text)]
            if let party = context.arguments.word("party") {
                guard w.dossier.record(party.text)?.kind.name == "parties" else {
                    throw context.error("no party has the ID '\(party.text)'", at: party.location, length: party.length, hint: "list parties shows them")
                }
                fields["by"] = .string(party.text)
            }
            let record = Record(fields: fields)
            try RecordEditor(context: context, workspace: w, kind: kind).commit([Change(kind: kind.name, id: id, before: nil, after: record)])
            context.write("added \(id): \(rule.id) waived until \(date.text)\n")
        })
}
