"""Getting started's "get the code" step: ``git clone`` and the ZIP download of the repository the
site was built from (``RNNBOOK_REPO_URL`` or ``repo_url``), or a placeholder when none is set."""
from __future__ import annotations

from .notebooks import GITHUB_REPO

MARKER = "<!-- get-the-code -->"
TEXT = {
    "ko": {"clone": "Git이 있다면 저장소를 복제하고 그 폴더로 들어갑니다.",
           "zip": "Git이 없다면 [ZIP 파일]({zip})을 내려받아 압축을 풀고 `{repo}-main` 폴더로 들어갑니다. "
                  "[저장소 페이지]({url})의 'Code → Download ZIP'으로 받는 것과 같은 파일입니다.",
           "placeholder": "이 사이트는 저장소 주소 없이 빌드되었습니다. 이 책을 받은 저장소의 주소와 폴더 이름을 "
                          "`<저장소 주소>`와 `<폴더>` 자리에 넣으세요. Git이 없다면 저장소 페이지에서 ZIP 파일을 내려받아 "
                          "압축을 풀어도 됩니다.",
           "address": "<저장소 주소>", "folder": "<폴더>"},
    "en": {"clone": "With Git, clone the repository and go into its folder.",
           "zip": "Without Git, download [the ZIP file]({zip}), unpack it and go into the folder `{repo}-main`. "
                  "It is the file that 'Code → Download ZIP' on [the repository's page]({url}) gives.",
           "placeholder": "This site was built without a repository address. Put the address and folder name of the "
                          "repository you got this book from in place of `<repository address>` and `<folder>`. "
                          "Without Git, download the ZIP file from the repository's page and unpack it.",
           "address": "<repository address>", "folder": "<folder>"},
}


def instructions(lang: str, repository: str | None) -> str:
    text = TEXT[lang]
    match = GITHUB_REPO.match((repository or "").strip())
    if not match:
        return (f"{text['placeholder']}\n\n```bash\ngit clone {text['address']}\ncd {text['folder']}\n```")
    url = f"https://github.com/{match['owner']}/{match['repo']}"
    return (f"{text['clone']}\n\n```bash\ngit clone {url}.git\ncd {match['repo']}\n```\n\n"
            + text["zip"].format(zip=f"{url}/archive/refs/heads/main.zip", repo=match["repo"], url=url))
