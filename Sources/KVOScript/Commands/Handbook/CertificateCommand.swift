import KVOModel
import KVOReports

extension CommandSpec {
    static let certificate = CommandSpec(
        name: "certificate", aliases: ["certificaat"], group: .handbook,
        summary: Message(en: "draft the KVO certificate (§7.2) from the dossier, or list what it still lacks",
                         nl: "het KVO-certificaat (§7.2) opstellen uit het dossier, of tonen wat er nog ontbreekt"),
        syntax: [.word(CertificateArguments.action, .choice(["draft", "concept"]))],
        options: CommandContext.reportOptions.filter { $0.name != "private" },
        example: "certificate draft",
        details: Message(
            en: "Every field §7.2 requires (certification body and its address, the collaboration and its correspondence address, the area, the location, the covenant, the prescribed statement, date of issue, signatory and function, the certificate number, the two status texts), taken from the latest certificate record or else from the organisation, parks, audits and documents, each with where it came from. The name follows §7.3: one park its own name; a cluster one certificate with the cluster's name and all park names, never one per park. When a field is missing, the list of what is missing and how to record it is printed instead, and a script exits with 1.",
            nl: "Elk gegeven dat §7.2 vraagt (de certificatie-instelling en haar adres, het samenwerkingsverband en zijn correspondentieadres, het werkgebied, de locatie, het convenant, de voorgeschreven verklaring, de datum van uitgifte, ondertekenaar en functie, het certificaatnummer en de twee statusteksten), uit het laatste certificaat in het dossier of anders uit de organisatie, de terreinen, de audits en de documenten, elk met zijn herkomst. De naam volgt §7.3: één terrein draagt zijn eigen naam; een cluster krijgt één certificaat met de naam van het cluster en alle terreinnamen, nooit één per terrein. Ontbreekt er een gegeven, dan verschijnt in plaats daarvan de lijst van wat ontbreekt en hoe u het vastlegt, en eindigt een script met 1."),
        arguments: CertificateArguments.self,
        run: { arguments, context in
            let w = try context.workspace()
            let word = arguments.action
            guard ["draft", "concept"].contains(word.text.lowercased()) else {
                throw context.error(Message(en: "'certificate' knows 'draft', not '\(word.text)'",
                                            nl: "'certificaat' kent 'concept', niet '\(word.text)'"),
                                    at: word.location, length: word.length,
                                    hint: Message(en: "usage: certificate draft", nl: "gebruik: certificaat concept"))
            }
            let output = try context.reportFormat(arguments.report)
            let draft = CertificateDraft.make(try context.reportContext(w, arguments.report))
            let document = draft.document()
            if let folder = try context.reportFolder(arguments.report) {
                try context.writeReport(try context.produced(output.rendered.files(document), as: output), to: folder, arguments.report)
            } else if output.needsFolder {
                throw context.needsFolder(arguments.report)
            } else {
                let page = output.rendered.files(document, inlineCharts: true)[0].contents
                context.write(page.hasSuffix("\n") ? page : page + "\n")
            }
            if !draft.isComplete { context.environment.noteFailure() }
        })
}

struct CertificateArguments: CommandArguments {
    static let action = SlotName("action")
    let action: ParsedArguments.Word
    /// The report options but --private: a certificate holds no personal data to keep.
    let report: ReportOptions

    init(from a: ArgumentReader) throws(Diagnostic) {
        action = try a.word(Self.action)
        report = try ReportOptions(from: a, privacy: false)
    }
}
