"""Form pieces shared by every form that takes member text."""

from django import forms


class HoneypotMixin(forms.Form):
    """A field hidden from people (CSS and aria-hidden) that bots fill in.
    Render it with ``{% include "includes/honeypot.html" %}``."""

    website = forms.CharField(
        required=False, label="Leave this empty",
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    def clean_website(self) -> str:
        if self.cleaned_data.get("website"):
            raise forms.ValidationError("This form could not be sent. Please try again.")
        return ""

    @property
    def is_bot(self) -> bool:
        """True when the honeypot was filled in (call after is_valid)."""
        return "website" in self.errors
