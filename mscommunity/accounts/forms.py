"""Sign-up form: allauth's, with hints that explain the pseudonym."""

from __future__ import annotations

from allauth.account.forms import LoginForm as AllauthLoginForm
from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms

from mscommunity.accounts.models import User
from mscommunity.accounts.usernames import looks_like_real_name, real_name_warning


class SignupForm(AllauthSignupForm):
    """A username that looks like a real full name is caught here, before the
    account exists: the member picks another or ticks ``keep_real_name``."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.is_bound and looks_like_real_name(self.data.get(self.add_prefix("username"), "")):
            self._add_keep_real_name_field()
        username = self.fields["username"]
        username.label = "Username (your public name)"
        username.help_text = (
            "Everyone can see this name beside what you write. Choose a pseudonym, not your real name."
        )
        username.widget.attrs.update({"autocomplete": "username", "spellcheck": "false", "autocapitalize": "none"})
        email = self.fields["email"]
        email.label = "E-mail address"
        email.help_text = "Never shown to anyone. We send a link to confirm it before you can post."
        email.widget.attrs.update({"autocomplete": "email", "inputmode": "email", "spellcheck": "false"})
        for name in ("password1", "password2"):
            if name in self.fields:
                self.fields[name].widget.attrs["autocomplete"] = "new-password"
        if "password2" in self.fields:
            self.fields["password2"].label = "Password again"

    def _add_keep_real_name_field(self) -> None:
        """The confirmation box, placed right after the username."""
        checkbox = forms.BooleanField(required=False, label="This is my real name, and I want everyone to see it")
        fields = list(self.fields.items())
        at = next(i for i, (name, _) in enumerate(fields) if name == "username") + 1
        fields.insert(at, ("keep_real_name", checkbox))
        self.fields = dict(fields)

    def clean(self) -> dict:
        cleaned_data = super().clean()
        username = cleaned_data.get("username")
        if username and looks_like_real_name(username) and not cleaned_data.get("keep_real_name"):
            self.add_error("username", forms.ValidationError(real_name_warning(username), code="real_name"))
        return cleaned_data


class LoginForm(AllauthLoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["login"].label = "Username or e-mail address"
        self.fields["login"].widget.attrs.update({"autocomplete": "username", "spellcheck": "false",
                                                  "autocapitalize": "none"})
        self.fields["password"].widget.attrs["autocomplete"] = "current-password"
        self.fields["password"].help_text = ""  # allauth's "Forgot your password?": the page has one link already
        if "remember" in self.fields:
            self.fields["remember"].label = "Keep me signed in on this device"


class PseudonymForm(forms.Form):
    """The new pseudonym, on the account page. The checks are the service's
    (``services.pseudonym_change``); like sign-up, a name that looks like a
    real full name brings a box to confirm it."""

    pseudonym = forms.CharField(
        label="New pseudonym", max_length=150,
        help_text="Everyone will see this name beside what you have written and will write. "
                  "Your old name stays visible to the moderators only.",
        error_messages={"required": "Type the new pseudonym you want."},
        widget=forms.TextInput(attrs={"autocomplete": "username", "spellcheck": "false", "autocapitalize": "none"}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.is_bound and looks_like_real_name(self.data.get(self.add_prefix("pseudonym"), "")):
            self.fields["keep_real_name"] = forms.BooleanField(
                required=False, label="This is my real name, and I want everyone to see it"
            )


class EmailModeForm(forms.ModelForm):
    """How the member hears about notifications by e-mail: at once, in one
    daily digest, or not at all (shown on "Your account")."""

    class Meta:
        model = User
        fields = ["email_mode"]
        labels = {"email_mode": "E-mail me about notifications"}
        help_texts = {"email_mode": "The daily digest is one e-mail a day that groups everything by conversation, "
                                    "for example “5 new comments in …”."}
        widgets = {"email_mode": forms.RadioSelect}
