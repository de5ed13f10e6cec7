import KVOModel
import KVOChecks
import KVOReports

/// What `report` and `certificate` share: reading --format, --lang and --private, and writing
/// report files into a folder (`--out`), which safe and read-only mode refuse.
extension SlotName {
    /// The options of reports (CommandContext.reportOptions); `--format` is SlotName.format.
    static let reportOut = SlotName("out"), reportLanguage = SlotName("lang"), reportPrivate = SlotName("private")
}

/// The report options as a command decodes them, once (`--out`, `--format`, `--lang`, `--private`).
struct ReportOptions: Sendable {
    let out: ParsedArguments.Option?
    let format: ParsedArguments.Option?
    let language: ParsedArguments.Word?
    let includesPersonalData: Bool

    /// `privacy`: whether the command declares --private (`certificate` does not).
    init(from a: ArgumentReader, privacy: Bool = true) throws(Diagnostic) {
        out = try a.option(.reportOut)
        format = try a.option(.format)
        language = try a.option(.reportLanguage)?.value
        includesPersonalData = privacy ? try a.flag(.reportPrivate) : false
    }
}

extension CommandContext {
    static let reportOptions = [
        OptionSpec(.reportOut, value: .path, summary: Message(en: "write the report's files into this folder instead of standard output",
                                                         nl: "schrijf de bestanden van het rapport in deze map in plaats van naar standaarduitvoer")),
        OptionSpec(.format, value: .choice(OutputFormat.reportFormats.map(\.rawValue)),
                   summary: Message(en: "Markdown (default), one self-contained HTML page, PDF on A4 (printed by Chromium) or Word (by pandoc); PDF and Word need --out",
                                    nl: "Markdown (standaard), één zelfstandige HTML-pagina, PDF op A4 (geprint door Chromium) of Word (door pandoc); PDF en Word vragen --out")),
        OptionSpec(.reportLanguage, value: .choice(["nl", "en"]), summary: Message(en: "the report's language: Dutch (default) or English",
                                                                       nl: "de taal van het rapport: Nederlands (standaard) of Engels")),
        OptionSpec(.reportPrivate, summary: Message(en: "keep phone numbers and e-mail addresses in (not for publication, §3.2)",
                                               nl: "laat telefoonnummers en e-mailadressen staan (niet voor publicatie, §3.2)")),
    ]

    /// What --format asks for: a document kvo renders itself, or one made from it by another
    /// program (PDF from the HTML by Chromium, Word from the Markdown by pandoc).
    enum ReportOutput {
        case document(OutputFormat), pdf, docx

        /// The format kvo renders first.
        var rendered: OutputFormat {
            switch self {
            case .document(let f): f
            case .pdf: .html
            case .docx: .md
            }
        }

        /// Whether it is binary and so goes into a folder only.
        var needsFolder: Bool { if case .document = self { false } else { true } }
    }

    func reportFormat(_ options: ReportOptions) throws -> ReportOutput {
        guard let word = options.format?.value else { return .document(.md) }
        switch OutputFormat(word.text.lowercased(), among: OutputFormat.reportFormats) {
        case .pdf?: return .pdf
        case .docx?: return .docx
        case let f?: return .document(f)
        case nil:
            throw error(Message(en: "unknown report format '\(word.text)'", nl: "onbekend rapportformaat '\(word.text)'"),
                        at: word.location, length: word.length,
                        hint: Message(en: "formats: md, html, pdf, docx", nl: "formaten: md, html, pdf, docx"))
        }
    }

    /// The error for a PDF or Word document asked for without --out.
    func needsFolder(_ options: ReportOptions) -> Diagnostic {
        error(Message(en: "a PDF or Word document is written into a folder", nl: "een PDF- of Word-document wordt in een map geschreven"),
              at: options.format?.location, length: 8, hint: Message(en: "add --out FOLDER", nl: "voeg --out MAP toe"))
    }

    /// The files of one document as they are written: as rendered, printed to PDF from the HTML
    /// page, or converted to Word from the Markdown page and its charts.
    func produced(_ files: [ReportFile], as output: ReportOutput) throws -> [(name: String, bytes: [UInt8])] {
        switch output {
        case .document:
            return files.map { ($0.name, Array($0.contents.utf8)) }
        case .pdf:
            var printed: [(name: String, bytes: [UInt8])] = []
            for f in files where f.name.hasSuffix(".html") {
                let bytes: [UInt8]
                do { bytes = try PDFPrinter.pdf(of: f.contents) } catch { throw self.error(error.message, hint: error.hint) }
                printed.append((String(f.name.dropLast(5)) + ".pdf", bytes))
            }
            return printed
        case .docx:
            guard let page = files.first(where: { $0.name.hasSuffix(".md") }) else { return [] }
            let bytes: [UInt8]
            do { bytes = try WordConverter.docx(of: files) } catch { throw self.error(error.message, hint: error.hint) }
            return [(String(page.name.dropLast(3)) + ".docx", bytes)]
        }
    }

    /// The command's --lang, else kvo's --lang, else the dossier's `language`, else Dutch: a
    /// LANG setting does not count, because reports are the workgroup's documents for a Dutch
    /// certification body.
    func reportLanguage(_ options: ReportOptions) throws -> Language {
        guard let word = options.language else {
            return environment.options.languageFlag ?? environment.workspace?.dossier.language ?? .nl
        }
        guard let l = Language(rawValue: word.text.lowercased()) else {
            throw error(Message(en: "--lang takes nl or en, not '\(word.text)'", nl: "--lang neemt nl of en, niet '\(word.text)'"),
                        at: word.location, length: word.length)
        }
        return l
    }

    func reportContext(_ w: Workspace, _ options: ReportOptions) throws -> ReportContext {
        ReportContext(dossier: w.judged(asOf: environment.options.pointInTime).dossier, asOf: environment.options.today,
                      language: try reportLanguage(options), includesPersonalData: options.includesPersonalData)
    }

    /// The folder of --out (or `fallback`), resolved against the script's folder; an error in safe mode.
    func reportFolder(_ options: ReportOptions, fallback: String? = nil) throws -> (path: String, shown: String)? {
        let option = options.out
        guard let given = option?.value?.text ?? fallback else { return nil }
        if environment.options.safe {
            throw error(Message(en: "safe mode: reports cannot be written to files", nl: "veilige modus: rapporten kunnen niet naar bestanden worden geschreven"),
                        at: option?.location ?? location, length: option.map { _ in 5 } ?? 1,
                        hint: fallback == nil
                            ? Message(en: "kvo was started with --safe; without --out a report goes to standard output",
                                      nl: "kvo is gestart met --safe; zonder --out gaat een rapport naar standaarduitvoer")
                            : Message(en: "kvo was started with --safe; its parts can go to standard output one by one: report va, report pva, report inspection",
                                      nl: "kvo is gestart met --safe; de delen kunnen een voor een naar standaarduitvoer: rapport va, rapport pva, rapport schouw"))
        }
        if environment.options.readOnly {
            throw error(Message(en: "read-only mode: reports cannot be written to files", nl: "alleen-lezen: rapporten kunnen niet naar bestanden worden geschreven"),
                        at: option?.location ?? location, length: option.map { _ in 5 } ?? 1,
                        hint: fallback == nil
                            ? Message(en: "kvo was started with --readonly, which writes no file; without --out a report goes to standard output",
                                      nl: "kvo is gestart met --readonly, dat geen bestand schrijft; zonder --out gaat een rapport naar standaarduitvoer")
                            : Message(en: "kvo was started with --readonly, which writes no file; its parts can go to standard output one by one: report va, report pva, report inspection",
                                      nl: "kvo is gestart met --readonly, dat geen bestand schrijft; de delen kunnen een voor een naar standaarduitvoer: rapport va, rapport pva, rapport schouw"))
        }
        return (FileSystem.resolve(given, against: source.directory), given)
    }

    /// Writes the files into the folder (made when missing) and says what was written.
    func writeReport(_ files: [ReportFile], to folder: (path: String, shown: String), _ options: ReportOptions) throws {
        try writeReport(files.map { ($0.name, Array($0.contents.utf8)) }, to: folder, options)
    }

    /// Writes the files into the folder (made when missing), removes the charts an earlier
    /// version of the same documents left there, and says what was written.
    func writeReport(_ files: [(name: String, bytes: [UInt8])], to folder: (path: String, shown: String), _ options: ReportOptions) throws {
        let out = options.out?.value
        func failed(_ message: Message) -> Diagnostic {
            error(Message(en: "cannot write the report to \(folder.shown): ", nl: "kan het rapport niet naar \(folder.shown) schrijven: ") + message,
                  at: out?.location, length: out?.length ?? 1,
                  hint: Message(en: "--out names a folder; it is made when it does not exist", nl: "--out noemt een map; die wordt gemaakt als ze niet bestaat"))
        }
        do throws(IOError) {
            try FileSystem.makeFolders(folder.path)
            for f in files { try FileSystem.writeAtomically(f.bytes, to: folder.path + "/" + f.name) }
            FileSystem.removeStaleCharts(in: folder.path, keeping: Set(files.map(\.name)))
        } catch {
            throw failed(error.message)
        }
        let pages = files.filter { !$0.name.hasSuffix(".svg") }
        let charts = files.count - pages.count
        let base = folder.shown.hasSuffix("/") ? folder.shown : folder.shown + "/"
        for p in pages { say(Message(en: "wrote \(base)\(p.name)\n", nl: "geschreven: \(base)\(p.name)\n")) }
        if charts > 0 {
            let count = Noun(en: "chart", "charts", nl: "grafiek", "grafieken").counted(charts)
            say(pages.count == 1 ? Message(en: "wrote \(count.en) (.svg) beside it\n", nl: "\(count.nl) (.svg) ernaast geschreven\n")
                : Message(en: "wrote \(count.en) (.svg) beside them\n", nl: "\(count.nl) (.svg) ernaast geschreven\n"))
        }
    }
}

extension FileSystem {
    /// Removes the chart files (`NAME-N.svg`) of the documents just written (`NAME.md`,
    /// `NAME.html`, `NAME.pdf`) that are not among `names`: a rewritten folder holds exactly the
    /// new files (a report with fewer charts than before leaves none of the old ones behind).
    static func removeStaleCharts(in folder: String, keeping names: Set<String>) {
        let documents = names.compactMap { name -> String? in
            guard let dot = name.lastIndex(of: "."), !name.hasSuffix(".svg") else { return nil }
            return String(name[..<dot])
        }
        guard !documents.isEmpty else { return }
        for name in FileSystem.names(in: folder) where name.hasSuffix(".svg") && !names.contains(name) {
            if documents.contains(where: { name.hasPrefix($0 + "-") && name.dropFirst($0.count + 1).dropLast(4).allSatisfy(\.isNumber) }) {
                FileSystem.remove(folder + "/" + name)
            }
        }
    }
}
