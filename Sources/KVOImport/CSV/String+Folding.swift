extension String {
    /// The text as people mean it when they compare names: small letters, accents taken off
    /// (é, ë, ï, ç, ß, ĳ), typographic apostrophes made plain, hyphens, underscores and dots
    /// read as blanks or dropped, blanks collapsed. "’s-Hertogenbosch" and "'s Hertogenbosch"
    /// fold alike, as do "Café De Brug", "cafe de  brug" and "CAFÉ DE BRUG". Without Foundation.
    public var folded: String {
        var out = String.UnicodeScalarView()
        var pendingBlank = false
        func put(_ s: Unicode.Scalar) {
            if pendingBlank, !out.isEmpty { out.append(" ") }
            pendingBlank = false
            out.append(s)
        }
        func put(_ text: String) { for s in text.unicodeScalars { put(s) } }
        for scalar in lowercased().unicodeScalars {
            let v = scalar.value
            switch v {
            case 0x20, 0x09, 0x0A, 0x0D, 0xA0, 0x2D, 0x5F, 0x2010...0x2015, 0x2212:
                pendingBlank = true // blanks, hyphens, dashes, underscores
            case 0x2E:
                continue // dots: "St. Jozefstraat" is "St Jozefstraat"
            case 0x300...0x36F:
                continue // combining accents (text typed as e + ´)
            case 0x2018, 0x2019, 0x201B, 0x60, 0xB4:
                put("'")
            case 0xDF: put("ss")
            case 0xE6: put("ae")
            case 0xFE: put("th")
            case 0x132, 0x133: put("ij")
            case 0x152, 0x153: put("oe")
            case 0xE0...0xFF:
                put(Self.latin1[Int(v - 0xE0)])
            case 0x100...0x17F:
                put(Self.latinExtendedA[Int(v - 0x100)])
            default:
                put(scalar)
            }
        }
        return String(out)
    }

    /// Base letters of à ... ÿ (÷ stays itself; æ and þ are handled apart).
    private static let latin1: [Unicode.Scalar] = Array("aaaaaa_ceeeeiiiidnooooo\u{F7}ouuuuy_y".unicodeScalars)
    /// Base letters of Ā ... ſ (ĳ and œ are handled apart).
    private static let latinExtendedA: [Unicode.Scalar] = Array(("aaaaaaccccccccdd" + "ddeeeeeeeeeegggg" + "gggghhhhiiiiiiii" + "ii__jjkkklllllll"
        + "lllnnnnnnnnnoooo" + "oo__rrrrrrssssss" + "ssttttttuuuuuuuu" + "uuuuwwyyyzzzzzzs").unicodeScalars)
}
