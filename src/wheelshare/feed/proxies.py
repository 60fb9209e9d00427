"""Which address a request comes from, when reverse proxies stand in front.

The per-address limits count attempts by client address, so that address must be
one a client cannot choose. ``X-Forwarded-For`` is written by whoever sends the
request; only a proxy the administrator named (``--trusted-proxy``) is believed,
and only for the hop it added itself: the header is read from the right, past
the trusted proxies, and the first address that is not one of them is the
client. What a client wrote to the left of that is ignored. With no trusted
proxy (the default) the header is ignored altogether and the address is the
connection's peer.
"""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable

from wheelshare.feed.errors import SetupError

Network = ipaddress.IPv4Network | ipaddress.IPv6Network
# Longer "addresses" in a forwarded chain are not addresses; they are cut so a
# counting key stays small.
_MAX_HOP = 64


def _network(text: str) -> Network:
    try:
        return ipaddress.ip_network(text.strip(), strict=False)
    except ValueError:
        raise SetupError(
            f"{text!r} is not an IP address or network (e.g. 10.0.0.5 or 10.0.0.0/24)"
        ) from None


class TrustedProxies:
    def __init__(self, addresses: Iterable[str] = ()) -> None:
        self._networks = tuple(_network(a) for a in addresses)

    def __bool__(self) -> bool:
        return bool(self._networks)

    def trusts(self, host: str) -> bool:
        try:
            address = ipaddress.ip_address(host.strip().strip("[]"))
        except ValueError:
            return False
        return any(address in network for network in self._networks)

    def client(self, peer: str, forwarded_for: Iterable[str]) -> str:
        """The client's address, from the connection's ``peer`` and every
        ``X-Forwarded-For`` header line in the order received."""
        if not self.trusts(peer):
            return peer
        hops = [hop.strip() for line in forwarded_for for hop in line.split(",")]
        hops = [hop for hop in hops if hop]
        for hop in reversed(hops):
            if not self.trusts(hop):
                return hop[:_MAX_HOP]
        # Every hop is a trusted proxy: the left-most is as far as anyone vouches.
        return hops[0][:_MAX_HOP] if hops else peer
