//! A small PNG reader for checking the simulator's pictures independently of its encoder: it
//! verifies every chunk's CRC and unpacks the stored (uncompressed) deflate blocks it writes.

/// Decodes a grayscale PNG made of stored deflate blocks, checking every chunk's CRC:
/// (width, height, scanline bytes).
pub fn decode(png: &[u8]) -> (u32, u32, Vec<u8>) {
    assert_eq!(&png[..8], b"\x89PNG\r\n\x1a\n");
    let (mut at, mut size, mut zlib) = (8, (0, 0), Vec::new());
    while at < png.len() {
        let len = u32::from_be_bytes(png[at..at + 4].try_into().unwrap()) as usize;
        let (kind, data) = (&png[at + 4..at + 8], &png[at + 8..at + 8 + len]);
        let crc = u32::from_be_bytes(png[at + 8 + len..at + 12 + len].try_into().unwrap());
        assert_eq!(crc, crc32(&png[at + 4..at + 8 + len]), "CRC of {}", String::from_utf8_lossy(kind));
        match kind {
            b"IHDR" => {
                size = (
                    u32::from_be_bytes(data[..4].try_into().unwrap()),
                    u32::from_be_bytes(data[4..8].try_into().unwrap()),
                )
            }
            b"IDAT" => zlib.extend_from_slice(data),
            _ => {}
        }
        at += 12 + len;
    }
    let (mut pos, mut raw) = (2, Vec::new());
    loop {
        let header = zlib[pos];
        assert_eq!(header & 0b110, 0, "stored blocks only");
        let len = u16::from_le_bytes([zlib[pos + 1], zlib[pos + 2]]) as usize;
        raw.extend_from_slice(&zlib[pos + 5..pos + 5 + len]);
        pos += 5 + len;
        if header & 1 == 1 {
            break;
        }
    }
    (size.0, size.1, raw)
}

fn crc32(bytes: &[u8]) -> u32 {
    !bytes.iter().fold(!0u32, |crc, b| {
        (0..8).fold(crc ^ u32::from(*b), |c, _| if c & 1 == 1 { (c >> 1) ^ 0xedb8_8320 } else { c >> 1 })
    })
}
