import XCTest
@testable import KVOModel

/// The writer never writes what the reader refuses (issue 12, defect 1): every kind of value
/// written and read back is the same value; a non-finite number is refused before anything is
/// written, with its path.
final class JSONWriterRoundTripTests: XCTestCase {
    private func assertRoundTrip(_ value: JSONValue, file: StaticString = #filePath, line: UInt = #line) throws {
        let pretty = try JSONWriter.write(value)
        XCTAssertEqual(try JSONParser.parse(pretty), value, "pretty", file: file, line: line)
        let compact = try JSONWriter.compact(value)
        XCTAssertEqual(try JSONParser.parse(compact), value, "compact", file: file, line: line)
        XCTAssertFalse(compact.contains("\n"), "one line", file: file, line: line)
    }

    func testEveryNumberKindRoundTrips() throws {
        let numbers: [Double] = [0, -0.0, 1, -1, 0.1, -2.5, 1e15, 1e15 - 1, -(1e15 - 1), 1e16, 9_007_199_254_740_992, 1e308,
                                 -1e308, .greatestFiniteMagnitude, -.greatestFiniteMagnitude, .leastNonzeroMagnitude,
                                 .leastNormalMagnitude, 1.2345678901234568e29, 1.0 / 3, .pi, 2.2250738585072014e-308]
        for n in numbers {
            let back = try JSONParser.parse(try JSONWriter.compact(.number(n)))
            XCTAssertEqual(back.numberValue.map { $0.bitPattern == n.bitPattern || $0 == n }, true, "\(n) came back as \(back)")
            try assertRoundTrip(.array([.number(n)]))
        }
        // -0 keeps its sign.
        XCTAssertEqual(try JSONParser.parse(try JSONWriter.compact(.number(-0.0))).numberValue?.sign, .minus)
    }

    func testEveryStringKindRoundTrips() throws {
        var every = ""
        for scalar in 0..<0x80 { every.unicodeScalars.append(Unicode.Scalar(UInt8(scalar))) }
        let strings = ["", "\"", "\\", "\n\r\t\u{8}\u{c}\u{0}\u{1f}\u{7f}", every, "é ü ĳ 😀 \u{2028}\u{2029} 中文 \u{FEFF}",
                       String(repeating: "\"\\\n\u{1}x", count: 20_000), String(repeating: "ë", count: 100_000)]
        for s in strings {
            try assertRoundTrip(.string(s))
            try assertRoundTrip(.object([s: .string(s)]))
        }
    }

    func testEveryOtherKindRoundTrips() throws {
        try assertRoundTrip(.null)
        try assertRoundTrip(.bool(true))
        try assertRoundTrip(.bool(false))
        try assertRoundTrip(.array([]))
        try assertRoundTrip(.object([:]))
        try assertRoundTrip(.object(["a": .array([.null, .bool(false), .number(-0.0), .object(["ü": .array([.array([])])])]),
                                     "b": .number(1e308), "": .string("")]))
    }

    func testNonFiniteNumbersAreRefusedBeforeWriting() {
        for bad in [Double.infinity, -.infinity, .nan] {
            let value = JSONValue.object(["measures": .array([.object(["id": .string("M-1"), "hours": .number(bad)])])])
            XCTAssertThrowsError(try JSONWriter.write(value)) { error in
                let e = error as? JSONWriter.Refusal
                XCTAssertEqual(e?.message.en, "measures[0].hours is not a finite number (\(bad)); JSON cannot hold it, so nothing was written")
                XCTAssertEqual(e?.message.nl, "measures[0].hours is geen eindig getal (\(bad)); JSON kan het niet bevatten, dus er is niets geschreven")
            }
            XCTAssertThrowsError(try JSONWriter.compact(value))
        }
    }

    func testCommandOutputWritesNonFiniteAsNull() throws {
        // Output for other programs (`as json`) is computed, not stored: like JSON.stringify it
        // writes null, so the output always parses.
        let text = JSONWriter.string(.array([.number(.nan), .number(.infinity), .number(2)]))
        XCTAssertEqual(try JSONParser.parse(text), .array([.null, .null, .number(2)]))
    }
}
