"""Math is rendered to MathML during the build: no script, font or CDN is needed to show it."""
from rnnbook import mathml


def test_inline_and_block_math_become_mathml():
    page = ('<p>then <span class="arithmatex">\\(h_{t-1} W_h\\)</span>.</p>'
            '<div class="arithmatex">\\[\nh_t = \\tanh\\left(x_t W_x + b\\right) &lt; 1\n\\]</div>')
    out = mathml.render(page)
    assert out.count("<math") == 2
    assert 'display="inline"' in out and 'display="block"' in out
    assert "\\(" not in out and "\\[" not in out and "<mi>tanh</mi>" in out
