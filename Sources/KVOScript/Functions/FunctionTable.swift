/// The built-in functions, by name. Later layers (dossier, checks, planning) add their own
/// groups of functions here.
package struct FunctionTable: Sendable {
    /// The sorted functions and their index by name.
    private struct Built: Sendable {
        let functions: [FunctionSpec]
        let index: [String: Int]

        init(_ functions: [FunctionSpec]) {
            self.functions = functions.sorted { $0.name < $1.name }
            var index: [String: Int] = [:]
            index.reserveCapacity(self.functions.count)
            for (i, f) in self.functions.enumerated() { index[f.name] = i }
            self.index = index
        }
    }

    /// nil for the standard table: it is built when an expression first calls a function (or help
    /// or completion lists them), not at start-up. Building its specs (their closures, messages and
    /// handbook texts) was about a third of `kvo -c 'echo 1'`'s own start-up work (issue 15).
    private let built: Built?

    package init(_ functions: [FunctionSpec]) { built = Built(functions) }

    private init(standard: Void) { built = nil }

    /// Swift runs a static `let`'s initialiser once, on first use, thread-safely.
    private static let standardBuilt = Built(MathFunctions.all + TextFunctions.all + ListFunctions.all + DateFunctions.all + DossierFunctions.all + CheckFunctions.all)

    package static let standard = FunctionTable(standard: ())

    private var table: Built { built ?? Self.standardBuilt }

    package var functions: [FunctionSpec] { table.functions }

    package func function(named name: String) -> FunctionSpec? {
        let table = self.table
        return table.index[name].map { table.functions[$0] }
    }

    package var names: [String] { functions.map(\.name) }
}
