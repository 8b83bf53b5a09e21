"""Robots: protocol v1 (``protocol``), links to boards (``link``: serial; ``virtual``: the on-screen robot),
port discovery (``ports``), kit profiles (``kits``), the deploy safety policy (``deploy``), flashing (``flash``)
and the ``oyla robot`` commands (``cli``). No Qt here."""
