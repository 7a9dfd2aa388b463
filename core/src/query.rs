//! A URL's query parameters, read the same way by the app and the proxy.

/// The value of parameter `name` in `query` (`lang=de&embed=emb_1`, a leading `?` allowed), as
/// written (not percent-decoded: the values read here are plain codes).
pub fn param<'a>(query: &'a str, name: &str) -> Option<&'a str> {
    query.trim_start_matches('?').split('&').find_map(|pair| pair.strip_prefix(name)?.strip_prefix('='))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_parameter_is_found_by_its_exact_name() {
        assert_eq!(param("?lang=fr", "lang"), Some("fr"));
        assert_eq!(param("flow=solaris&lang=de-CH", "lang"), Some("de-CH"));
        assert_eq!(param("?slang=xx", "lang"), None);
        assert_eq!(param("?language=xx", "lang"), None);
        assert_eq!(param("", "lang"), None);
    }
}
