"""Members' data rights: see and download everything, delete the account."""

from __future__ import annotations

import json

from django import forms
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.views.decorators.http import require_http_methods, require_safe

from mscommunity.accounts import data_rights


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
