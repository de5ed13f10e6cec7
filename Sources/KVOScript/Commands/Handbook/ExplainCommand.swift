import KVOModel
import KVOChecks

extension CommandSpec {
    static let explain = CommandSpec(
        name: "explain", group: .handbook,
        summary: Message(en: "explain a rule: its meaning, the handbook's words, what it reads, how to satisfy it",
                         nl: "een regel uitleggen: wat hij betekent, de woorden van het handboek, wat hij leest en hoe eraan te voldoen"),
        syntax: [.word(ExplainArguments.rule, .ruleID)],
        example: "explain KVO-5.2.2-FOUR-MEASURES",
        details: Message(en: "Shows the rule, the Dutch text of its handbook paragraph, which parts of the dossier it reads and, with a dossier open, how the dossier stands and what is short.",
                         nl: "Toont de regel, de tekst van de paragraaf in het handboek, welke delen van het dossier hij leest en, met een geopend dossier, hoe het dossier ervoor staat en wat er nog ontbreekt."),
        arguments: ExplainArguments.self,
        run: { arguments, context in
            let word = arguments.rule
            let environment = context.environment
            let catalogue = RuleCatalogue.handbook
            guard let rule = catalogue.rule(word.text) ?? (catalogue.select(word.text).count == 1 ? catalogue.select(word.text).first : nil) else {
                throw context.error(Message(en: "no rule has the ID '\(word.text)'", nl: "geen regel heeft de ID '\(word.text)'") + Suggestion.phrase(for: word.text, in: catalogue.ids),
                                    at: word.location, length: word.length, hint: Message(en: "'rules' lists them", nl: "'regels' toont ze"))
            }
            let language = context.language
            let width = max(40, context.width - 2)
            var out = Message.verbatim("\(rule.id)\n  §\(rule.paragraph) · ") + rule.level.name + " · " + rule.when.name + " · " + rule.sectionName + "\n\n"
            out += Message(en: "The rule:\n", nl: "De regel:\n")
            out += rule.text.map { HandbookText.lines($0, width: width).map { "  " + $0 }.joined(separator: "\n") + "\n" }
            out += Message(en: "\nWhat its level means: ", nl: "\nWat het niveau betekent: ")
            let meaning: Message = switch rule.level {
            case .must: Message(en: "a requirement; not meeting it is a nonconformity at the audit.",
                                nl: "een eis; niet voldoen is een afwijking bij de audit.")
            case .should: Message(en: "advice of the handbook; not meeting it gives a warning.",
                                  nl: "een advies van het handboek; niet voldoen geeft een waarschuwing.")
            case .info: Message(en: "a derived figure, for information.", nl: "een afgeleid gegeven, ter informatie.")
            }
            out += meaning + "\n"
            // Which data it reads: run it once on the open (or an empty) dossier and note what it looked at.
            let log = ReadLog()
            let dossier = environment.workspace?.judged(asOf: environment.options.pointInTime).dossier ?? Dossier()
            let checkContext = CheckContext(dossier: dossier, asOf: environment.options.today, readLog: log)
            let result = Checker.check(rule, checkContext)
            if !log.kinds.isEmpty {
                out += Message(en: "\nReads from the dossier: ", nl: "\nLeest uit het dossier: ") + log.kinds.joined(separator: ", ") + "\n"
                let commands = log.kinds.map { name -> Message in
                    if Schema.dossier.kind(named: name)?.isSingleton ?? false {
                        return Message(en: "set \(name) FIELD=VALUE", nl: "wijzig \(name) VELD=WAARDE")
                    }
                    let singular = Schema.dossier.kind(named: name)?.singular ?? name
                    return Message(en: "add \(singular) FIELD=VALUE", nl: "voegtoe \(singular) VELD=WAARDE")
                }
                out += Message(en: "Record them with: ", nl: "Vastleggen met: ") + commands.joined(separator: "; ")
                    + Message(en: " (kinds NAME lists the fields)\n", nl: " (soorten NAAM toont de velden)\n")
            }
            if environment.workspace != nil {
                let report = CheckReport(results: [result], language: language)
                out += Message(en: "\nIn this dossier: ", nl: "\nIn dit dossier: ") + result.status.name + ". " + report.sentenceMessage(result) + "\n"
            }
            if let paragraph = HandbookText.paragraph(rule.paragraph) {
                out += Message(en: "\nHandbook §\(paragraph.number) \(paragraph.title) (Dutch, the final word):\n",
                               nl: "\nHandboek §\(paragraph.number) \(paragraph.title):\n")
                out += Message.verbatim(HandbookText.lines(paragraph.text, width: width).map { $0.isEmpty ? "\n" : "  " + $0 + "\n" }.joined())
            }
            context.say(out)
        })

    static let waive = CommandSpec(
        name: "waive", group: .handbook,
        summary: Message(en: "record a waiver: a rule accepted as not met, with justification and expiry",
                         nl: "een ontheffing vastleggen: een regel die bewust niet wordt gehaald, met onderbouwing en einddatum"),
        syntax: [.word(WaiveArguments.rule, .ruleID), .string(WaiveArguments.justification), .literal("until"), .word(WaiveArguments.date, .text),
                 .optional([.literal("by"), .word(WaiveArguments.party, .recordID)])],
        example: "waive KVO-3.7-APP-ADMIN \"appgroep start in maart; beheerder wordt dan benoemd\" until 2026-04-01 by PA-1",
        details: Message(en: "A waived rule is reported as waived with its justification and expiry and counted apart; once the date has passed it counts again. Waivers are records of the dossier (list waivers), so undo takes one back.",
                         nl: "Een regel met ontheffing wordt gemeld als ontheffing, met onderbouwing en einddatum, en apart geteld; na die datum telt hij weer mee. Ontheffingen zijn records van het dossier (lijst ontheffingen), dus ongedaan neemt er een terug."),
        arguments: WaiveArguments.self,
        run: { arguments, context in
            let w = try context.writableWorkspace()
            let (ruleWord, justification, date) = (arguments.rule, arguments.justification, arguments.date)
            guard let rule = RuleCatalogue.handbook.rule(ruleWord.text) else {
                throw context.error(Message(en: "no rule has the ID '\(ruleWord.text)'", nl: "geen regel heeft de ID '\(ruleWord.text)'")
                                        + Suggestion.phrase(for: ruleWord.text, in: RuleCatalogue.handbook.ids),
                                    at: ruleWord.location, length: ruleWord.length)
            }
            guard let until = Day(date.text) else {
                throw context.error(Message(en: "until needs a date such as 2026-04-01, got '\(date.text)'",
                                            nl: "na until hoort een datum zoals 2026-04-01, niet '\(date.text)'"),
                                    at: date.location, length: date.length)
            }
            var waiver = WaiverRecord()
            waiver.rule = rule.id
            waiver.justification = justification.text
            waiver.until = until
            if let party = arguments.party {
                guard w.dossier.record(party.text, as: PartyRecord.self) != nil else {
                    throw context.error(Message(en: "no party has the ID '\(party.text)'", nl: "geen partij heeft de ID '\(party.text)'"),
                                        at: party.location, length: party.length,
                                        hint: Message(en: "list parties shows them", nl: "lijst partijen toont ze"))
                }
                waiver.by = party.text
            }
            var changes = w.changeSet()
            let id = changes.add(waiver.record, kind: .waivers)
            try RecordEditor(context: context, workspace: w, kind: .waivers).commit(changes)
            context.say(Message(en: "added \(id): \(rule.id) waived until \(date.text)\n",
                                nl: "toegevoegd \(id): ontheffing voor \(rule.id) tot en met \(date.text)\n"))
        })
}

struct ExplainArguments: CommandArguments {
    static let rule = SlotName("rule")
    let rule: ParsedArguments.Word

    init(from a: ArgumentReader) throws(Diagnostic) { rule = try a.word(Self.rule) }
}

struct WaiveArguments: CommandArguments {
    static let rule = SlotName("rule"), justification = SlotName("justification"), date = SlotName("date"), party = SlotName("party")
    let rule: ParsedArguments.Word
    let justification: ParsedArguments.Word
    /// The day after `until`.
    let date: ParsedArguments.Word
    /// The party after `by`, if any.
    let party: ParsedArguments.Word?

    init(from a: ArgumentReader) throws(Diagnostic) {
        rule = try a.word(Self.rule)
        justification = try a.word(Self.justification)
        date = try a.word(Self.date)
        party = try a.optionalWord(Self.party)
    }
}
