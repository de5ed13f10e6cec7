import KVOModel

/// `as xlsx` (and `matrix as pdf`): a command's output as a file beside the script (or in the
/// working folder at the prompt), named after what it holds (`measures.xlsx`).
extension CommandContext {
    func writeWorkbook(_ workbook: Workbook, named name: String) throws {
        let format = arguments.word(SlotName.format.text)
        try refuseFilesInReadOnlyModes()
        let path = FileSystem.resolve(name + ".xlsx", against: source.directory)
        do {
            try workbook.write(to: path)
        } catch {
            throw self.error(error.message, at: format?.location, length: format?.length ?? 1)
        }
        say(Message(en: "wrote \(name).xlsx\n", nl: "geschreven: \(name).xlsx\n"))
    }

    /// An HTML page printed to PDF by Chromium, written as NAME.pdf.
    func writePDF(of html: String, named name: String) throws {
        let format = arguments.word(SlotName.format.text)
        try refuseFilesInReadOnlyModes()
        let path = FileSystem.resolve(name + ".pdf", against: source.directory)
        let bytes: [UInt8]
        do { bytes = try PDFPrinter.pdf(of: html) } catch { throw self.error(error.message, at: format?.location, length: format?.length ?? 1, hint: error.hint) }
        do { try FileSystem.writeAtomically(bytes, to: path) } catch { throw self.error(error.message, at: format?.location, length: format?.length ?? 1) }
        say(Message(en: "wrote \(name).pdf\n", nl: "geschreven: \(name).pdf\n"))
    }

    private func refuseFilesInReadOnlyModes() throws {
        let format = arguments.word(SlotName.format.text)
        if environment.options.readOnly {
            throw error(Message(en: "\(environment.options.safe ? "safe" : "read-only") mode: no files are written",
                                nl: "\(environment.options.safe ? "veilige" : "alleen-lezen") modus: er worden geen bestanden geschreven"),
                        at: format?.location, length: format?.length ?? 1,
                        hint: Message(en: "as csv or as excel-csv goes to standard output", nl: "als csv of als excel-csv gaat naar standaarduitvoer"))
        }
    }
}
