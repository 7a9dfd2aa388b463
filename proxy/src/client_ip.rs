//! The client's address, also behind a reverse proxy: `X-Forwarded-For` is believed only when
//! the TCP peer is one of the configured proxies (`KYC_TRUSTED_PROXIES`), because anyone else can
//! write anything in it. Every handler that wants the client's address reads it here.

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::request::Parts;
use axum::http::{Extensions, HeaderMap};
use ipnet::IpNet;
use std::convert::Infallible;
use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::sync::Arc;

/// The reverse proxies whose `X-Forwarded-For` is believed; none by default. [`crate::app`]
/// puts it in every request's extensions.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct TrustedProxies(Arc<[IpNet]>);

impl TrustedProxies {
    /// Parses a comma-separated list of addresses (`10.0.0.5`, `::1`) and networks
    /// (`10.0.0.0/8`); blanks between commas are ignored. The error names the bad entry.
    pub fn parse(list: &str) -> Result<Self, String> {
        let nets = list
            .split(',')
            .map(str::trim)
            .filter(|entry| !entry.is_empty())
            .map(|entry| {
                entry
                    .parse::<IpNet>()
                    .or_else(|_| entry.parse::<IpAddr>().map(IpNet::from))
                    .map_err(|_| format!("{entry:?} is neither an IP address nor a CIDR network"))
            })
            .collect::<Result<Vec<_>, _>>()?;
        Ok(Self(nets.into()))
    }

    /// Whether `ip` is one of the proxies (an IPv4 address mapped into IPv6 counts as itself).
    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = ip.to_canonical();
        self.0.iter().any(|net| net.contains(&ip))
    }

    /// The client behind `peer`: `peer` itself unless it is a trusted proxy; then the right-most
    /// address of `X-Forwarded-For` (all its lines, in order) that is not a trusted proxy. An
    /// entry that is not an address ends the walk: what lies left of it was written by no one
    /// we trust, so the last trusted hop seen stands for the client.
    pub fn client_of(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        if !self.contains(peer) {
            return peer;
        }
        let lines: Vec<&str> =
            headers.get_all("x-forwarded-for").iter().filter_map(|value| value.to_str().ok()).collect();
        let mut client = peer;
        for entry in lines.iter().rev().flat_map(|line| line.rsplit(',')) {
            let Some(hop) = hop_parse(entry.trim()) else { break };
            client = hop;
            if !self.contains(hop) {
                break;
            }
        }
        client.to_canonical()
    }
}

/// One hop of `X-Forwarded-For`: an address, tolerating a port (`1.2.3.4:5`, `[::1]:5`).
fn hop_parse(entry: &str) -> Option<IpAddr> {
    entry
        .parse::<IpAddr>()
        .ok()
        .or_else(|| entry.parse::<SocketAddr>().ok().map(|s| s.ip()))
        .or_else(|| entry.strip_prefix('[')?.strip_suffix(']')?.parse().ok())
}

/// The client's address of a request, from its extensions (the socket's peer, the trusted
/// proxies) and headers; `None` when there is no socket, as in tests that call the router.
pub fn client_ip(extensions: &Extensions, headers: &HeaderMap) -> Option<IpAddr> {
    let peer = extensions.get::<ConnectInfo<SocketAddr>>()?.0.ip();
    let trusted = extensions.get::<TrustedProxies>().cloned().unwrap_or_default();
    Some(trusted.client_of(peer, headers))
}

/// Extractor of [`client_ip`]; loopback when there is no socket.
pub struct ClientIp(pub IpAddr);

impl<S: Send + Sync> FromRequestParts<S> for ClientIp {
    type Rejection = Infallible;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Infallible> {
        let ip = client_ip(&parts.extensions, &parts.headers);
        Ok(ClientIp(ip.unwrap_or(IpAddr::V4(Ipv4Addr::LOCALHOST))))
    }
}

#[cfg(test)]
mod tests;
