# An independent reader of vCard files for tst_vcard: Debian's python3-vobject parses the
# cards on stdin (unfolding, unescaping, structured N and ADR) and prints them as JSON, one
# object per card of property name -> list of values.
import sys, json, vobject
out = []
for card in vobject.readComponents(sys.stdin.read()):
    c = {}
    for child in card.getChildren():
        v = child.value
        if child.name == 'N':
            v = [v.family, v.given, v.additional, v.prefix, v.suffix]
        elif child.name == 'ADR':
            v = [v.box, v.extended, v.street, v.city, v.region, v.code, v.country]
        elif not isinstance(v, str):
            v = str(v)
        c.setdefault(child.name, []).append(v)
    out.append(c)
print(json.dumps(out, ensure_ascii=False))
