"""Members' data rights: see and download everything, delete the account."""

from __future__ import annotations

import json

from allauth.mfa.utils import is_mfa_enabled
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_safe

from mscommunity import ratelimits
from mscommunity.accounts import data_rights, services
from mscommunity.accounts.forms import EmailModeForm, PseudonymForm


@login_required
@require_http_methods(["GET", "POST"])
def account_home(request: HttpRequest) -> HttpResponse:
    """"Your account": every setting on one page, and the pseudonym change form."""
    form = PseudonymForm(request.POST if request.method == "POST" else None)
    status = 200
    if request.method == "POST":
        retry_after = ratelimits.consume(request, "pseudonym")
        if retry_after is not None:
            minutes = max(1, round(retry_after / 60))
            form.is_valid()
            form.add_error("pseudonym", f"You have tried several names in a short time. Try again in about "
                                        f"{minutes} minute{'s' if minutes != 1 else ''}.")
            status = 429
        elif form.is_valid():
            try:
                services.pseudonym_change(member=request.user, new_name=form.cleaned_data["pseudonym"],
                                          confirm_real_name=form.cleaned_data.get("keep_real_name", False))
            except forms.ValidationError as error:
                form.add_error("pseudonym", error)
            else:
                messages.success(request, f"Your pseudonym is now {form.cleaned_data['pseudonym'].strip()}.")
                return redirect("account:home")
    response = render(request, "accounts/account.html", {
        "form": form,
        "change_allowed_from": services.pseudonym_change_allowed_from(request.user),
        "mfa_enabled": is_mfa_enabled(request.user),
        "change_days": settings.PSEUDONYM_CHANGE_DAYS,
        "email_form": EmailModeForm(instance=request.user),
    }, status=status)
    if status == 429:
        response["Retry-After"] = str(retry_after)
    return response


@login_required
@require_safe
def my_data(request: HttpRequest) -> HttpResponse:
    """Everything stored about the member, as a page they can read."""
    data = data_rights.export_member(request.user)
    return render(request, "accounts/my_data.html", {"data": data, "pretty": json.dumps(data, indent=2, ensure_ascii=False)})


@login_required
@require_safe
def my_data_json(request: HttpRequest) -> JsonResponse:
    """The same, as a JSON download."""
    response = JsonResponse(data_rights.export_member(request.user), json_dumps_params={"indent": 2, "ensure_ascii": False})
    response["Content-Disposition"] = f'attachment; filename="mscommunity-{request.user.username}.json"'
    return response


class DeleteAccountForm(forms.Form):
    CHOICES = [
        ("keep", "Keep my comments, shown as written by “former member”"),
        ("remove", "Remove my comments too (where others replied, a note “deleted by its author” stays)"),
    ]
    content = forms.ChoiceField(
        label="What should happen to what you wrote?", choices=CHOICES, widget=forms.RadioSelect,
        error_messages={"required": "Choose what should happen to your comments."},
    )
    password = forms.CharField(
        label="Your password", widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text="So nobody else can delete your account.",
        error_messages={"required": "Enter your password."},
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self) -> str:
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError("That password is not right.")
        return password


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request: HttpRequest) -> HttpResponse:
    form = DeleteAccountForm(request.POST if request.method == "POST" else None, user=request.user)
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        data_rights.delete_account(user=user, remove_content=form.cleaned_data["content"] == "remove")
        messages.success(request, "Your account is deleted. Thank you for being part of the community.")
        return redirect("threads:home")
    return render(request, "accounts/delete_account.html", {"form": form})
