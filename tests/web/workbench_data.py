"""What the browser tests and the screenshot script share: Chromium flags, the demo corpus with dates, one hostile article."""

CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]

# Untrusted input: every page must show these as text and run none of them.
HOSTILE_TITLE = 'Evil <script>window.__xss="title"</script><img src=x onerror="window.__xss=\'img\'">'
HOSTILE_TEXT = (
    "Russia accused Ukraine of shelling <script>window.__xss='text'</script> a border village on Monday.\n"
    "Ukraine's Foreign Ministry denied the claim and said <img src=x onerror=\"window.__xss='onerror'\"> "
    "was <a href=\"javascript:window.__xss='link'\">a lie</a>, officials said.\n"
    "Moscow said Kyiv <b onmouseover=\"window.__xss='hover'\">shelled</b> the village again."
)
HOSTILE = {"id": "hostile-<script>", "title": HOSTILE_TITLE, "text": HOSTILE_TEXT, "date": "2024-05-20",
           "url": "javascript:window.__xss='url'", "source": "<img src=x onerror=\"window.__xss='source'\">"}

DEMO_DATES = {  # spread over three weeks so the timeline has days and weeks to draw
    "01-moldova-accuses-russia.txt": "2024-05-01", "02-north-korea-warns-drills.txt": "2024-05-02",
    "03-pakistan-flood-aid.txt": "2024-05-03", "04-eu-sanctions-belarus.txt": "2024-05-06",
    "05-guyana-venezuela-talks.txt": "2024-05-08", "06-brussels-farmers-protest.txt": "2024-05-09",
    "07-congo-m23-fighting.txt": "2024-05-13", "08-iaea-iran-report.txt": "2024-05-15",
    "09-kenya-tanzania-agreement.txt": "2024-05-16", "10-somalia-asks-au-delay.txt": "2024-05-21",
}
