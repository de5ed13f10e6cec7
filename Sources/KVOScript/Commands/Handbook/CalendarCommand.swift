import KVOModel
import KVOReports

extension CommandSpec {
    static let calendar = CommandSpec(
        name: "calendar", group: .handbook,
        summary: Message(en: "the dates that matter: plan-year ends, fixed measures, inspections, evaluations, audit deadlines, certificate expiry",
                         nl: "de data die ertoe doen: einde planjaren, vaste maatregelen, schouwen, evaluaties, audittermijnen, einde certificaat"),
        syntax: [.optional([.literal("as"), .word(SlotName.format, .choice(["table", "ics", "csv", "md"]))])],
        options: [OptionSpec(SlotName.asOf, value: .text, summary: Message(en: "count from this date (default: the session's date); also the file's time stamp",
                                                                     nl: "tel vanaf deze datum (standaard: de datum van de sessie); ook het tijdstempel van het bestand")),
                  OptionSpec(CalendarArguments.out, value: .path, summary: Message(en: "write the calendar into this file instead of standard output",
                                                                   nl: "schrijf de kalender in dit bestand in plaats van naar standaarduitvoer"))],
        example: "calendar as ics --out de-hoek.ics",
        details: Message(
            en: "Every date the dossier gives, computed by the handbook's rules: the last day of each plan year (from plan adopted); the fixed measures of §4.2.5 in each quarter they are planned in, by the end of the quarter or on the day they were done (day and evening inspections, interim and yearly evaluations, communications, incident figures); the inspections and evaluations recorded; for each audit the last day to deliver the document set (§5.2.1: \(Handbook.Audit.documentLeadDays) days before), the audit itself, the audit report (§6.4: within \(Handbook.Audit.reportDays) days) and, after deviations, the supplements (§6.3); the deliveries; for each certificate the day it expires (§7.2: \(Handbook.Certificate.validityYears) years) and the latest date kvo advises for the renewal audit (\(Handbook.Certificate.nextAuditLeadMonths) months before). As a table (default), CSV, Markdown or an iCalendar file (as ics, RFC 5545) for Outlook or Google Calendar: all-day events whose UIDs stay the same from one export to the next, so importing again updates the events instead of adding them twice. --out FILE writes the file (not in --readonly or --safe mode).",
            nl: "Elke datum die het dossier geeft, berekend met de regels van het handboek: de laatste dag van elk planjaar (vanaf de vaststelling van het plan); de vaste maatregelen van §4.2.5 in elk kwartaal waarin ze gepland zijn, uiterlijk aan het eind van het kwartaal of op de dag dat ze gereed waren (dag- en avondschouw, tussentijdse en jaarlijkse evaluatie, communicatie, incidentcijfers); de vastgelegde schouwen en evaluaties; per audit de uiterste dag om de documentenset aan te leveren (§5.2.1: \(Handbook.Audit.documentLeadDays) dagen vooraf), de audit zelf, het auditrapport (§6.4: binnen \(Handbook.Audit.reportDays) dagen) en na afwijkingen de aanvullingen (§6.3); de leveringen; per certificaat de dag dat het verloopt (§7.2: \(Handbook.Certificate.validityYears) jaar) en de uiterste datum die kvo aanraadt voor de hercertificeringsaudit (\(Handbook.Certificate.nextAuditLeadMonths) maanden vooraf). Als tabel (standaard), CSV, Markdown of als iCalendar-bestand (als ics, RFC 5545) voor Outlook of Google Agenda: afspraken van een hele dag waarvan de UID bij elke export gelijk blijft, zodat opnieuw importeren de afspraken bijwerkt in plaats van ze dubbel toe te voegen. --out BESTAND schrijft het bestand (niet in --readonly- of --safe-modus)."),
        arguments: CalendarArguments.self,
        run: { arguments, context in
            let w = try context.workspace()
            let language = context.language
            let (dossier, _, asOf) = try context.judged(w)
            let c = ReportContext(dossier: dossier, asOf: asOf, language: language)
            let events = DossierCalendar.events(c)
            let text: String
            switch context.outputFormat(default: .table) {
            case .ics:
                text = ICSWriter(dossierName: w.dossier.name ?? w.displayName, language: language, stamp: asOf).write(events)
            case let format:
                guard !events.isEmpty else {
                    context.say(Message(en: "No dates: the dossier records no plan adoption, fixed measures, inspections, evaluations, audits or certificates.\n",
                                        nl: "Geen data: het dossier legt geen vaststelling van het plan, vaste maatregelen, schouwen, evaluaties, audits of certificaten vast.\n"))
                    return
                }
                let table = Self.calendarTable(events, asOf: asOf, language: language)
                text = format == .csv ? table.csv : format == .md ? table.markdown : table.rendered(width: context.width)
            }
            if let out = arguments.out {
                try context.writeFile(Array(text.utf8), to: out)
            } else {
                context.write(text)
            }
        })

    static func calendarTable(_ events: [CalendarEvent], asOf: Day, language: Language) -> Table {
        let headers = [Message(en: "date", nl: "datum"), Message(en: "when", nl: "wanneer"), Message(en: "what", nl: "wat"), .verbatim("§")]
        let rows = events.map { e in [language.date(e.day), when(e, asOf: asOf).text(language), e.title.text(language), e.kind.paragraph] }
        return Table(headers: headers.map { $0.text(language) }, rows: rows)
    }

    /// Where a date stands as of the calendar's date: done, past, today or in so many days.
    static func when(_ e: CalendarEvent, asOf: Day) -> Message {
        let days = asOf.days(until: e.day)
        if e.state == .done && days <= 0 { return Message(en: "done", nl: "gedaan") }
        if days < 0 { return Message(en: "past", nl: "verstreken") }
        if days == 0 { return Message(en: "today", nl: "vandaag") }
        return Noun(en: "day", "days", nl: "dag", "dagen").counted(days).prefixed(en: "in ", nl: "over ")
    }
}

extension Message {
    /// The message after a word that differs by language ("in 3 days", "over 3 dagen").
    func prefixed(en: String, nl: String) -> Message { Message(en: en + self.en, nl: nl + self.nl) }
}

extension CommandContext {
    /// Writes one file named by an option's value (resolved against the script's folder) and says
    /// so; refused in safe and read-only mode, as every file kvo writes.
    func writeFile(_ bytes: [UInt8], to word: ParsedArguments.Word) throws {
        if environment.options.readOnly {
            let mode = environment.options.safe ? Message(en: "safe mode", nl: "veilige modus") : Message(en: "read-only mode", nl: "alleen-lezen")
            throw error(mode + Message(en: ": no files are written", nl: ": er worden geen bestanden geschreven"),
                        at: word.location, length: word.length,
                        hint: Message(en: "without --out the output goes to standard output", nl: "zonder --out gaat de uitvoer naar standaarduitvoer"))
        }
        let path = FileSystem.resolve(word.text, against: source.directory)
        do {
            try FileSystem.writeAtomically(bytes, to: path)
        } catch {
            throw self.error(Message(en: "cannot write \(word.text): ", nl: "kan \(word.text) niet schrijven: ") + error.message, at: word.location, length: word.length)
        }
        say(Message(en: "wrote \(word.text)\n", nl: "geschreven: \(word.text)\n"))
    }
}

struct CalendarArguments: CommandArguments {
    static let out = SlotName("out")
    let format: ParsedArguments.Word?
    /// `--out FILE`.
    let out: ParsedArguments.Word?

    init(from a: ArgumentReader) throws(Diagnostic) {
        format = try a.optionalWord(.format)
        out = try a.option(Self.out)?.value
    }
}
