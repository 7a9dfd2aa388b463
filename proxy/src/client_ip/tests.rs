use super::*;
use axum::http::HeaderValue;

fn ip(s: &str) -> IpAddr {
    s.parse().unwrap()
}

fn forwarded(lines: &[&str]) -> HeaderMap {
    let mut headers = HeaderMap::new();
    for line in lines {
        headers.append("x-forwarded-for", HeaderValue::from_str(line).unwrap());
    }
    headers
}

/// nginx on 10.0.0.2, and a load balancer in 192.168.1.0/24 in front of it.
fn proxies() -> TrustedProxies {
    TrustedProxies::parse("10.0.0.2, 192.168.1.0/24,,").unwrap()
}

#[test]
fn the_list_takes_addresses_and_networks_and_names_a_bad_entry() {
    let trusted = proxies();
    assert!(trusted.contains(ip("10.0.0.2")));
    assert!(!trusted.contains(ip("10.0.0.3")));
    assert!(trusted.contains(ip("192.168.1.77")));
    assert!(trusted.contains(ip("::ffff:10.0.0.2")), "an IPv4 peer seen on an IPv6 socket");
    assert!(TrustedProxies::parse("fd00::/8, ::1").unwrap().contains(ip("fd12::1")));
    assert_eq!(TrustedProxies::parse("").unwrap(), TrustedProxies::default());
    let err = TrustedProxies::parse("10.0.0.1, proxy.internal").unwrap_err();
    assert!(err.contains("\"proxy.internal\""), "{err}");
    assert!(TrustedProxies::parse("10.0.0.0/33").is_err());
}

#[test]
fn the_header_from_an_untrusted_peer_is_ignored() {
    let headers = forwarded(&["203.0.113.9"]);
    assert_eq!(proxies().client_of(ip("198.51.100.4"), &headers), ip("198.51.100.4"));
    // No proxies configured (the default): nobody is believed, not even loopback.
    assert_eq!(TrustedProxies::default().client_of(ip("127.0.0.1"), &headers), ip("127.0.0.1"));
}

#[test]
fn the_client_is_the_right_most_address_that_is_no_proxy() {
    let trusted = proxies();
    let peer = ip("10.0.0.2");
    // A spoofed entry the client wrote itself stays on the left, where it is never reached.
    let chain = forwarded(&["1.1.1.1, 203.0.113.9, 192.168.1.5"]);
    assert_eq!(trusted.client_of(peer, &chain), ip("203.0.113.9"));
    // The same chain over several header lines, read in order.
    let lines = forwarded(&["1.1.1.1", "203.0.113.9", "192.168.1.5"]);
    assert_eq!(trusted.client_of(peer, &lines), ip("203.0.113.9"));
    assert_eq!(trusted.client_of(peer, &forwarded(&["2001:db8::7"])), ip("2001:db8::7"));
    assert_eq!(trusted.client_of(peer, &forwarded(&["203.0.113.9:5123"])), ip("203.0.113.9"));
    assert_eq!(trusted.client_of(peer, &forwarded(&["[2001:db8::7]:443"])), ip("2001:db8::7"));
    assert_eq!(trusted.client_of(peer, &forwarded(&["::ffff:203.0.113.9"])), ip("203.0.113.9"));
}

#[test]
fn without_a_usable_header_the_nearest_proxy_stands_for_the_client() {
    let trusted = proxies();
    let peer = ip("10.0.0.2");
    assert_eq!(trusted.client_of(peer, &HeaderMap::new()), peer);
    assert_eq!(trusted.client_of(peer, &forwarded(&[""])), peer);
    assert_eq!(trusted.client_of(peer, &forwarded(&["not-an-ip"])), peer);
    // Garbage left of a good entry is never read; garbage right of it stops the walk there.
    assert_eq!(trusted.client_of(peer, &forwarded(&["junk, 203.0.113.9"])), ip("203.0.113.9"));
    assert_eq!(trusted.client_of(peer, &forwarded(&["203.0.113.9, unknown, 192.168.1.5"])), ip("192.168.1.5"));
    // Only proxies in the chain: the left-most of them is as far as anyone can tell.
    assert_eq!(trusted.client_of(peer, &forwarded(&["192.168.1.9, 192.168.1.5"])), ip("192.168.1.9"));
}

#[test]
fn the_extensions_give_the_socket_peer_or_nothing() {
    let headers = forwarded(&["203.0.113.9"]);
    let mut extensions = Extensions::new();
    assert_eq!(client_ip(&extensions, &headers), None);
    extensions.insert(ConnectInfo(SocketAddr::from(([10, 0, 0, 2], 40000))));
    assert_eq!(client_ip(&extensions, &headers), Some(ip("10.0.0.2")), "no proxies configured");
    extensions.insert(proxies());
    assert_eq!(client_ip(&extensions, &headers), Some(ip("203.0.113.9")));
}
