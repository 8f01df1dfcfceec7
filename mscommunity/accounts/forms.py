"""Sign-up form: allauth's, with hints that explain the pseudonym."""

from allauth.account.forms import LoginForm as AllauthLoginForm
from allauth.account.forms import SignupForm as AllauthSignupForm


class SignupForm(AllauthSignupForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
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


class LoginForm(AllauthLoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["login"].label = "Username or e-mail address"
        self.fields["login"].widget.attrs.update({"autocomplete": "username", "spellcheck": "false",
                                                  "autocapitalize": "none"})
        self.fields["password"].widget.attrs["autocomplete"] = "current-password"
        if "remember" in self.fields:
            self.fields["remember"].label = "Keep me signed in on this device"
