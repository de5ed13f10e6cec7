import XCTest

/// The layers are a contract (design.md, Package.swift's header): a lower layer never imports a
/// higher one, and nothing below KVOShell touches the terminal. SwiftPM alone does not hold the
/// line — a module built earlier in the same build can be imported without being declared — so
/// this test reads Package.swift's declared dependencies and every source file's imports.
final class LayeringTests: XCTestCase {
    private var root: URL {
        URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    }

    /// Target name → the targets it declares as dependencies (products of other packages left out).
    private func declaredDependencies() throws -> [String: Set<String>] {
        let manifest = try String(contentsOf: root.appendingPathComponent("Package.swift"), encoding: .utf8)
        var result: [String: Set<String>] = [:]
        // One declaration per `.target(` / `.executableTarget(` / `.systemLibrary(` / `.testTarget(`;
        // the dependencies are the quoted names in its `dependencies: [...]`.
        let starts = [".target(", ".executableTarget(", ".systemLibrary(", ".testTarget("]
        var rest = Substring(manifest)
        while let range = starts.compactMap({ rest.range(of: $0) }).min(by: { $0.lowerBound < $1.lowerBound }) {
            rest = rest[range.upperBound...]
            let end = starts.compactMap { rest.range(of: $0)?.lowerBound }.min() ?? rest.endIndex
            let declaration = rest[..<end]
            guard let name = Self.quoted(after: "name:", in: declaration) else { continue }
            var dependencies: Set<String> = []
            if let list = declaration.range(of: "dependencies:") {
                let body = declaration[list.upperBound...].prefix { $0 != "]" }
                // `.product(name: "X", package: "Y")` names another package's module: not a layer.
                let withoutProducts = body.replacingOccurrences(of: #"\.product\([^)]*\)"#, with: "", options: .regularExpression)
                dependencies = Set(Self.allQuoted(in: Substring(withoutProducts)))
            }
            result[name] = dependencies
        }
        return result
    }

    private static func quoted(after key: String, in text: Substring) -> String? {
        guard let k = text.range(of: key) else { return nil }
        return allQuoted(in: text[k.upperBound...]).first
    }

    private static func allQuoted(in text: Substring) -> [String] {
        text.split(separator: "\"", omittingEmptySubsequences: false).enumerated().filter { $0.offset % 2 == 1 }.map { String($0.element) }
    }

    private func closure(of target: String, in graph: [String: Set<String>]) -> Set<String> {
        var seen: Set<String> = [], stack = [target]
        while let next = stack.popLast() {
            for d in graph[next, default: []] where seen.insert(d).inserted { stack.append(d) }
        }
        return seen
    }

    private func imports(of file: URL) throws -> [String] {
        try String(contentsOf: file, encoding: .utf8).split(separator: "\n").compactMap { line in
            let words = line.split(separator: " ")
            // `import X`, `@testable import X`, `package import X`, `@_exported import X`.
            guard let i = words.firstIndex(of: "import"), i + 1 < words.count,
                  words[..<i].allSatisfy({ $0.hasPrefix("@") || $0 == "package" || $0 == "public" || $0 == "internal" }) else { return nil }
            return String(words[i + 1]).components(separatedBy: ".").first
        }
    }

    private func sources(of target: String) -> [URL] {
        let folder = root.appendingPathComponent("Sources").appendingPathComponent(target)
        guard let walk = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: nil) else { return [] }
        return walk.compactMap { $0 as? URL }.filter { $0.pathExtension == "swift" }
    }

    func testNoTargetImportsALayerItDoesNotDependOn() throws {
        let graph = try declaredDependencies()
        XCTAssertTrue(graph.keys.contains("KVOModel") && graph.keys.contains("kvo"), "Package.swift was not read: \(graph.keys.sorted())")
        let layers = Set(graph.keys)
        var problems: [String] = []
        for target in layers.sorted() where !target.hasSuffix("Tests") {
            let allowed = closure(of: target, in: graph)
            for file in sources(of: target) {
                for module in try imports(of: file) where layers.contains(module) && module != target && !allowed.contains(module) {
                    problems.append("\(file.path.replacingOccurrences(of: root.path + "/", with: "")) imports \(module), which \(target) does not depend on")
                }
            }
        }
        XCTAssertEqual(problems, [], problems.joined(separator: "\n"))
    }

    func testTheLayersHaveNoCycle() throws {
        let graph = try declaredDependencies()
        for target in graph.keys.sorted() {
            XCTAssertFalse(closure(of: target, in: graph).contains(target), "\(target) depends on itself")
        }
    }

    func testNothingBelowTheShellTouchesTheTerminal() throws {
        let graph = try declaredDependencies()
        let shell = "KVOShell"
        // The terminal belongs to the shell: line editing (CEditLine) and terminal attributes.
        let terminalWords = ["CEditLine", "tcsetattr", "tcgetattr", "TIOCGWINSZ", "el_init", "readline("]
        var problems: [String] = []
        for target in graph.keys.sorted() where !target.hasSuffix("Tests") && target != shell && target != "kvo" && target != "CEditLine" {
            // A target below the shell: the shell is not among what it depends on, and it is not above.
            if closure(of: target, in: graph).contains(shell) { continue }
            for file in sources(of: target) {
                let text = try String(contentsOf: file, encoding: .utf8)
                for word in terminalWords where text.contains(word) {
                    problems.append("\(file.lastPathComponent) (\(target)) uses \(word)")
                }
            }
        }
        XCTAssertEqual(problems, [], problems.joined(separator: "\n"))
    }

    /// docs/architecture.md walks a command through named files: a file moved or renamed
    /// without the page following would send a newcomer nowhere.
    func testTheArchitecturePageNamesFilesThatExist() throws {
        let page = try String(contentsOf: root.appendingPathComponent("docs/architecture.md"), encoding: .utf8)
        let paths = page.split(whereSeparator: { " `(),:;\n".contains($0) }).map(String.init)
            .filter { $0.hasSuffix(".swift") && $0.contains("/") && !$0.contains("<") }
        XCTAssertGreaterThan(paths.count, 10, "the page names no files: \(paths)")
        let missing = paths.filter { path in
            let relative = path.hasPrefix("Sources/") || path.hasPrefix("Tests/") ? path : "Sources/" + path
            return !FileManager.default.fileExists(atPath: root.appendingPathComponent(relative).path)
        }
        XCTAssertEqual(missing, [], "docs/architecture.md names files that do not exist: \(missing)")
    }
}
