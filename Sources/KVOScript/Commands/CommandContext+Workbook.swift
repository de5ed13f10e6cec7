import KVOModel

/// `as xlsx`: a command's table as an Excel workbook, written as a file beside the script (or
/// in the working folder at the prompt), named after what it holds (`measures.xlsx`).
extension CommandContext {
    func writeWorkbook(_ workbook: Workbook, named name: String) throws {
        let format = arguments.word("format")
        if interpreter.options.readOnly {
            throw error(Message(en: "\(interpreter.options.safe ? "safe" : "read-only") mode: no files are written, so no Excel workbook",
                                nl: "\(interpreter.options.safe ? "veilige" : "alleen-lezen") modus: er worden geen bestanden geschreven, dus geen Excel-werkmap"),
                        at: format?.location, length: format?.length ?? 1,
                        hint: Message(en: "as csv or as excel-csv goes to standard output", nl: "als csv of als excel-csv gaat naar standaarduitvoer"))
        }
        let path = FileSystem.resolve(name + ".xlsx", against: source.directory)
        do {
            try workbook.write(to: path)
        } catch {
            throw self.error(error.message, at: format?.location, length: format?.length ?? 1)
        }
        say(Message(en: "wrote \(name).xlsx\n", nl: "geschreven: \(name).xlsx\n"))
    }
}
