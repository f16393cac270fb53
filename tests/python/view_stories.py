"""Invented stories for the view tests: an ordinary one and a hostile one full of markup."""

STORY = """Harbour board backs new ferry route

By Lena Varga, Coastline News

PORTHAVEN, April 2 (Coastline News) - The Porthaven Harbour Board on Monday approved
a ferry route to Skerry Island, its chair Tomas Brandt said, ending a ten-year dispute.

"This route will bring Skerry Island back into the life of Porthaven," Brandt told
reporters. The board expects about 40,000 passengers a year.

Opposition councillor Irene Falk called the plan "a gift to the ferry company."
"""

HOSTILE = """Markup <script>alert('x')</script> in the minutes

OSTRAVIK, May 5 - The town clerk of Ostravik, Petra Holm, found <img src=x onerror=alert(1)>
in the published minutes on Friday & said the page was fixed.

"We never meant to publish <b>tags</b> or <script>code</script>," Holm said.
"""
